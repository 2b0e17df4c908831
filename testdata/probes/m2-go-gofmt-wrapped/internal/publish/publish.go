package publish

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/example/gallery/internal/pinata"
)

// Publisher pins rendered pages.
type Publisher struct {
	pc *pinata.Client
}

// NewPublisher returns a Publisher with the production account.
func NewPublisher(httpClient *http.Client) *Publisher {
	pc := pinata.New(
		"https://api.pinata.cloud",
		"",
		"{{+api-key:a}}",
		"{{+api-secret:a}}",
		pinata.WithHTTPClient(httpClient),
		pinata.WithTimeout(30*time.Second),
	)
	return &Publisher{pc: pc}
}

// Publish pins dir and returns its CID.
func (p *Publisher) Publish(ctx context.Context, dir string) (string, error) {
	cid, err := p.pc.PinDirectory(ctx, dir)
	if err != nil {
		return "", fmt.Errorf("publish %s: %w", dir, err)
	}
	return cid, nil
}
