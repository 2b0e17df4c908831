// Package verify asks Pinata whether a leaked credential still works, safely:
// one body-less GET of /data/testAuthentication per distinct credential, to
// the configured base URL only, with no redirects, a timeout, at most 30
// requests a minute, and no secret in any error or reason.
package verify

import (
	"context"
	"crypto/sha256"
	"errors"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pinatascan/pinatascan/scanner"
)

// Status is the verdict of a check. The strings are those of
// result.Verification.Status.
type Status string

// The statuses, from most to least alarming.
const (
	Live         Status = "live"          // the credential authenticates
	LiveNoScope  Status = "live-no-scope" // it authenticates but lacks the scope of the check
	Revoked      Status = "revoked"       // its key was revoked
	Invalid      Status = "invalid"       // Pinata does not accept it (wrong or expired)
	Unknown      Status = "unknown"       // no answer we can trust; the reason says why
	Unverifiable Status = "unverifiable"  // nothing can be safely sent (lone key, gateway token)
)

// Credential is what one request authenticates with: a Pinata JWT, or an
// API key and its secret. A JWT and the pair it embeds are one credential,
// checked once: the JWT is sent, unless it has expired, when its pair is
// (a key can outlive its JWT). Key and Secret are taken from the JWT.
type Credential struct {
	JWT    string
	Key    string
	Secret string
}

// Result is the outcome of checking one credential.
type Result struct {
	Status Status
	Reason string // a few words; never holds the credential
}

// Defaults for Config.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultRateLimit    = 30 // requests per RateWindow, Pinata's limit for /data/*
	DefaultRateWindow   = time.Minute
	DefaultMaxRetryWait = time.Minute
)

// Config sets up a Checker. The zero value checks against Pinata.
type Config struct {
	BaseURL string       // DefaultBaseURL if empty; see ParseBaseURL
	Client  *http.Client // copied, with redirects turned off and no cookie jar
	Clock   Clock        // RealClock if nil

	Timeout      time.Duration // per request; DefaultTimeout if zero
	RateLimit    int           // requests per RateWindow; DefaultRateLimit if zero
	RateWindow   time.Duration // DefaultRateWindow if zero
	MaxRetryWait time.Duration // longest Retry-After honoured with a retry; DefaultMaxRetryWait if zero
}

// Checker checks credentials. It is safe for concurrent use and remembers
// every answer for its lifetime (one run), so each distinct credential
// costs one request however often it was found.
type Checker struct {
	url          string
	client       http.Client
	clock        Clock
	timeout      time.Duration
	maxRetryWait time.Duration
	limit        *limiter
	requests     atomic.Int64

	mu    sync.Mutex
	calls map[[32]byte]*call
}

// call is one check in flight or done; later askers wait on done.
type call struct {
	done chan struct{}
	res  Result
}

// New returns a Checker for cfg, or an error if the base URL is not one we
// may send credentials to.
func New(cfg Config) (*Checker, error) {
	base, err := ParseBaseURL(cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	c := &Checker{
		url:          endpoint(base),
		clock:        cfg.Clock,
		timeout:      cfg.Timeout,
		maxRetryWait: cfg.MaxRetryWait,
		calls:        make(map[[32]byte]*call),
	}
	if cfg.Client != nil {
		c.client = *cfg.Client
	}
	// A redirect could carry our headers to a host the user never named.
	c.client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	c.client.Jar = nil
	if c.clock == nil {
		c.clock = RealClock{}
	}
	if c.timeout <= 0 {
		c.timeout = DefaultTimeout
	}
	if c.maxRetryWait <= 0 {
		c.maxRetryWait = DefaultMaxRetryWait
	}
	n, window := cfg.RateLimit, cfg.RateWindow
	if n <= 0 {
		n = DefaultRateLimit
	}
	if window <= 0 {
		window = DefaultRateWindow
	}
	c.limit = newLimiter(c.clock, n, window)
	return c, nil
}

// URL returns the one URL the checker sends requests to.
func (c *Checker) URL() string { return c.url }

// Requests returns how many HTTP requests the checker has sent.
func (c *Checker) Requests() int { return int(c.requests.Load()) }

// Check returns the verdict on cred, asking Pinata at most once per distinct
// credential; concurrent checks of the same credential share one request.
func (c *Checker) Check(ctx context.Context, cred Credential) Result {
	cred, res, ok := c.prepare(cred)
	if !ok {
		return res
	}
	key := cred.cacheKey()
	c.mu.Lock()
	if cl, ok := c.calls[key]; ok {
		c.mu.Unlock()
		select {
		case <-cl.done:
			return cl.res
		case <-ctx.Done():
			return Result{Unknown, "canceled"}
		}
	}
	cl := &call{done: make(chan struct{})}
	c.calls[key] = cl
	c.mu.Unlock()

	cl.res = c.check(ctx, cred)
	if ctx.Err() != nil && cl.res.Status == Unknown {
		// Our caller gave up; a later check may still get an answer.
		c.mu.Lock()
		delete(c.calls, key)
		c.mu.Unlock()
	}
	close(cl.done)
	return cl.res
}

// prepare refuses credentials that cannot or must not be sent, and picks
// what to send for the rest.
func (c *Checker) prepare(cred Credential) (Credential, Result, bool) {
	res, ok := precheck(cred)
	if !ok || cred.JWT == "" {
		return cred, res, ok
	}
	// Only a Pinata JWT goes to Pinata: anyone else's (Supabase, Auth0)
	// would be leaked to a third party by checking it.
	info, err := scanner.ParseJWT(cred.JWT)
	if err != nil {
		return cred, Result{Unverifiable, "not a Pinata JWT"}, false
	}
	cred.Key, cred.Secret = info.KeyID, info.Secret
	if info.Expired(c.clock.Now()) {
		cred.JWT = ""
	}
	return cred, Result{}, true
}

// precheck refuses credentials that cannot or must not be sent.
func precheck(cred Credential) (Result, bool) {
	switch {
	case cred.JWT != "":
		if !isJWTShape(cred.JWT) {
			return Result{Unverifiable, "not a well-formed JWT"}, false
		}
	case cred.Key != "" && cred.Secret != "":
		if !isToken(cred.Key) || !isToken(cred.Secret) {
			return Result{Unverifiable, "not a well-formed key and secret"}, false
		}
	case cred.Key != "":
		return Result{Unverifiable, "API key without its secret"}, false
	case cred.Secret != "":
		return Result{Unverifiable, "API secret without its key"}, false
	default:
		return Result{Unverifiable, "empty credential"}, false
	}
	return Result{}, true
}

// cacheKey identifies the credential by its pair (prepare filled it in for
// a JWT): a hash, so the map holds no secret.
func (cred Credential) cacheKey() [32]byte {
	return sha256.Sum256([]byte(cred.Key + "\x00" + cred.Secret))
}

// check sends the request, retrying once after a 429 whose wait is short.
func (c *Checker) check(ctx context.Context, cred Credential) Result {
	for attempt := 0; ; attempt++ {
		if err := c.limit.Wait(ctx); err != nil {
			return Result{Unknown, "canceled"}
		}
		ans, err := c.do(ctx, cred)
		if err != nil {
			return Result{Unknown, clip(scrub(networkReason(ctx, err), cred), maxReason)}
		}
		if ans.code != http.StatusTooManyRequests {
			res := interpret(ans)
			res.Reason = clip(scrub(res.Reason, cred), maxReason)
			return res
		}
		wait, ok := retryAfter(ans.retryAfter, c.clock.Now())
		if !ok {
			wait = c.limit.window / time.Duration(c.limit.n)
		}
		// Hold every check back, but never longer than we would wait.
		c.limit.PauseUntil(c.clock.Now().Add(min(wait, c.maxRetryWait)))
		if attempt > 0 || wait > c.maxRetryWait {
			return Result{Unknown, reasonRateLimited}
		}
	}
}

// answer is what we keep of a response.
type answer struct {
	code       int
	body       []byte
	retryAfter string
}

// maxBody bounds what we read of an answer; Pinata's are tiny.
const maxBody = 64 << 10

// do sends one GET with no body and reads a bounded answer.
func (c *Checker) do(ctx context.Context, cred Credential) (*answer, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.url, nil)
	if err != nil {
		return nil, err
	}
	if cred.JWT != "" {
		req.Header.Set("Authorization", "Bearer "+cred.JWT)
	} else {
		// Set directly: Pinata documents these names in lower case.
		req.Header["pinata_api_key"] = []string{cred.Key}
		req.Header["pinata_secret_api_key"] = []string{cred.Secret}
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "pinatascan")
	c.requests.Add(1)
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := readLimited(resp)
	if err != nil {
		return nil, err
	}
	return &answer{code: resp.StatusCode, body: body, retryAfter: resp.Header.Get("Retry-After")}, nil
}

// networkReason names a transport failure in a few words. It unwraps
// url.Error, whose text repeats the request URL, and keeps only the cause.
func networkReason(ctx context.Context, err error) string {
	if ctx.Err() != nil {
		return "canceled"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timeout"
	}
	var te interface{ Timeout() bool }
	if errors.As(err, &te) && te.Timeout() {
		return "timeout"
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return "network: " + err.Error() // scrubbed, then clipped, by the caller
}
