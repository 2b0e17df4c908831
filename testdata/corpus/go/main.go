package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
)

const pinataJWT = "{{+jwt}}"

func main() {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	fw, _ := w.CreateFormFile("file", "hello.txt")
	fw.Write([]byte("hello"))
	w.Close()

	req, _ := http.NewRequest("POST", "https://uploads.pinata.cloud/v3/files", &body)
	req.Header.Set("Authorization", "Bearer "+pinataJWT)
	req.Header.Set("Content-Type", w.FormDataContentType())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	io.Copy(os.Stdout, resp.Body)
}
