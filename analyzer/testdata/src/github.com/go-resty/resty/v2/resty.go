// Package resty stubs the signatures of go-resty v2 that pinatavet knows.
package resty

import "net/http"

type Client struct {
	Header http.Header
	Token  string
}

type Request struct {
	Header http.Header
	Token  string
}

func New() *Client            { return &Client{} }
func (c *Client) R() *Request { return &Request{} }

func (c *Client) SetHeader(header, value string) *Client            { return c }
func (c *Client) SetHeaderVerbatim(header, value string) *Client    { return c }
func (c *Client) SetHeaders(headers map[string]string) *Client      { return c }
func (c *Client) SetAuthToken(token string) *Client                 { return c }
func (c *Client) SetBasicAuth(username, password string) *Client    { return c }
func (c *Client) SetDigestAuth(username, password string) *Client   { return c }
func (c *Client) SetBaseURL(url string) *Client                     { return c }
func (r *Request) SetHeader(header, value string) *Request          { return r }
func (r *Request) SetHeaderVerbatim(header, value string) *Request  { return r }
func (r *Request) SetHeaders(headers map[string]string) *Request    { return r }
func (r *Request) SetAuthToken(token string) *Request               { return r }
func (r *Request) SetBasicAuth(username, password string) *Request  { return r }
func (r *Request) SetDigestAuth(username, password string) *Request { return r }
