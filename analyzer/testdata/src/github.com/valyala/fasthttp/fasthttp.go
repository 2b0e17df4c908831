// Package fasthttp stubs the signatures of fasthttp that pinatavet knows.
package fasthttp

type RequestHeader struct{}

type Request struct {
	Header RequestHeader
}

func (h *RequestHeader) Set(key, value string)              {}
func (h *RequestHeader) SetBytesK(key []byte, value string) {}
func (h *RequestHeader) SetBytesV(key string, value []byte) {}
func (h *RequestHeader) SetBytesKV(key, value []byte)       {}
func (h *RequestHeader) SetCanonical(key, value []byte)     {}
func (h *RequestHeader) Add(key, value string)              {}
func (h *RequestHeader) AddBytesK(key []byte, value string) {}
func (h *RequestHeader) AddBytesV(key string, value []byte) {}
func (h *RequestHeader) AddBytesKV(key, value []byte)       {}

func AcquireRequest() *Request { return &Request{} }
