package scanner_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

func FuzzScan(f *testing.F) {
	tok, key, secret := testcred.JWT(testcred.JWTOptions{})
	for _, seed := range []string{
		"PINATA_JWT=" + tok + "\n",
		"pinata:\n  api_key: " + key + "\n  secret: " + secret + "\n",
		"body=pinata_api_key%3D" + key + "\n",
		"\"PINATA_API_KEY = \\\"" + key + "\\\"\\n\"",
		"PINATA_JWT: ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5Lg==\n",
		"\xff\xfeP\x00I\x00",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, fd := range scanner.ScanBytes(data) {
			if fd.Line < 1 || fd.Column < 1 || fd.Offset < 0 || fd.Value == "" {
				t.Fatalf("bad position or value: %+v", fd)
			}
			if fd.Offset > int64(len(data)) && !bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
				t.Fatalf("offset %d past the end of %d bytes", fd.Offset, len(data))
			}
		}
	})
}

func FuzzParseJWT(f *testing.F) {
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	f.Add(tok)
	f.Add(tok[:len(tok)/2])
	f.Add("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ9.x")
	f.Fuzz(func(t *testing.T, s string) {
		info, err := scanner.ParseJWT(s)
		if err == nil && (info.KeyID == "" || info.Secret == "") {
			t.Fatalf("accepted a JWT without a key and secret: %q", s)
		}
	})
}

func BenchmarkScanPlain(b *testing.B) {
	text := []byte(strings.Repeat("func main() { fmt.Println(\"hello, world\") } // API key docs\n", 20000))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		scanner.ScanBytes(text)
	}
}

func BenchmarkScanPinataHeavy(b *testing.B) {
	tok, key, secret := testcred.JWT(testcred.JWTOptions{})
	chunk := "const pinata = new PinataSDK({ pinataJwt: \"" + tok + "\" })\n" +
		"headers: { pinata_api_key: '" + key + "', pinata_secret_api_key: '" + secret + "' }\n" +
		strings.Repeat("let x = computeSomething(a, b, c) + 0x"+testcred.Hex(64)+";\n", 40)
	text := []byte(strings.Repeat(chunk, 200))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		scanner.ScanBytes(text)
	}
}

func BenchmarkParseJWT(b *testing.B) {
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	for b.Loop() {
		if _, err := scanner.ParseJWT(tok); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJudge(b *testing.B) {
	secret := testcred.Secret()
	for b.Loop() {
		scanner.Judge(scanner.Named{Path: []string{"pinata_secret_api_key"}, Value: secret})
	}
}
