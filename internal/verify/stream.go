package verify

import (
	"context"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// Bounds of a Stream's memory.
const (
	// DefaultWindow is how many results a Stream holds before the first
	// goes on: a key is matched with the secrets found up to that far
	// after it (and any time before), and an unexpired JWT found that far
	// after its key and secret is the credential sent.
	DefaultWindow = 256
	// checkWorkers bounds concurrent checks; the rate limiter bounds the rest.
	checkWorkers = 4
	// maxKeys bounds the key ids a Stream remembers secrets of, and
	// maxSecretsPerKey the secrets it remembers for one key.
	maxKeys          = 1 << 16
	maxSecretsPerKey = 8
)

// Stream checks results as a scan yields them and hands each on, in the
// same order, with its Verification set. Each distinct credential is
// checked once (the Checker remembers every answer): a JWT, the key and
// secret it embeds, and those same key and secret found on their own are
// one credential. An unexpired JWT is sent in preference to the pair. A
// key is matched with every secret found with it; a key whose secret was
// never found, a secret whose key is unknown, and gateway tokens cannot be
// checked and are marked unverifiable.
//
// Memory is bounded: a Stream holds at most its window of results, and
// remembers the secrets of up to 65,536 keys.
type Stream struct {
	c      *Checker
	ctx    context.Context
	next   func(*result.Result) error
	window int

	items   []*item             // in order; items[0] goes on next
	secrets map[string][]string // key id → secrets found with it
	jwts    map[[32]byte]*item  // held unexpired JWTs, by the pair they carry
	sem     chan struct{}
	tally   Tally
}

// Tally counts the verdicts a Stream handed on.
type Tally struct {
	Statuses map[Status]int
	Unknown  []ReasonCount // why checks got no answer, in order of first sight
}

// ReasonCount is how many results could not be checked for one reason.
type ReasonCount struct {
	Reason string
	N      int
}

// item is one result on its way, with its check.
type item struct {
	r       result.Result
	cred    Credential // what to check; zero when decided already
	res     Result
	decided bool          // res is known without a request
	started bool          // the check is under way
	done    chan struct{} // closed when a started check has set res
	expired bool          // a JWT past its expiry
	pair    [32]byte      // the key and secret it carries, hashed
}

// NewStream returns a Stream that checks with c and hands results to next;
// window is how many it holds at most (DefaultWindow if not positive).
func NewStream(ctx context.Context, c *Checker, next func(*result.Result) error, window int) *Stream {
	if window <= 0 {
		window = DefaultWindow
	}
	return &Stream{c: c, ctx: ctx, next: next, window: window, secrets: map[string][]string{}, jwts: map[[32]byte]*item{}, sem: make(chan struct{}, checkWorkers)}
}

// Add takes the next result.
func (s *Stream) Add(r result.Result) error {
	it := s.prepare(r)
	s.items = append(s.items, it)
	if it.cred.JWT != "" {
		s.start(it) // an unexpired JWT goes first: it is the credential to send
	}
	if len(s.items) > s.window {
		return s.emit()
	}
	return nil
}

// Close hands on every result still held. It returns ctx's error if the
// context ended first (the unfinished results then say "canceled").
func (s *Stream) Close() error {
	for len(s.items) > 0 {
		if err := s.emit(); err != nil {
			return err
		}
	}
	return s.ctx.Err()
}

// Tally returns the verdicts handed on so far.
func (s *Stream) Tally() Tally { return s.tally }

// prepare decides what r's check is.
func (s *Stream) prepare(r result.Result) *item {
	r.Verification = nil
	it := &item{r: r}
	decide := func(st Status, reason string) { it.res, it.decided = Result{st, reason}, true }
	switch r.Kind {
	case scanner.KindJWT:
		info := r.JWT
		if info == nil {
			var err error
			if info, err = scanner.ParseJWT(r.Value); err != nil {
				decide(Unverifiable, "not a Pinata JWT")
				break
			}
		}
		s.remember(info.KeyID, info.Secret)
		it.pair = Credential{Key: info.KeyID, Secret: info.Secret}.cacheKey()
		it.expired = info.Expired(s.c.clock.Now())
		if it.expired {
			it.cred = Credential{Key: info.KeyID, Secret: info.Secret}
		} else {
			it.cred = Credential{JWT: r.Value}
			if _, ok := s.jwts[it.pair]; !ok {
				s.jwts[it.pair] = it
			}
		}
	case scanner.KindAPISecret:
		if r.KeyID == "" {
			decide(Unverifiable, "API secret without its key")
			break
		}
		s.remember(r.KeyID, r.Value)
		it.cred = Credential{Key: r.KeyID, Secret: r.Value}
		it.pair = it.cred.cacheKey()
	case scanner.KindAPIKey:
		// Matched with its secrets when it goes on.
	case scanner.KindGatewayToken:
		decide(Unverifiable, "no safe verification endpoint")
	default:
		decide(Unverifiable, "unknown kind")
	}
	return it
}

func (s *Stream) remember(key, secret string) {
	have, ok := s.secrets[key]
	if !ok && len(s.secrets) >= maxKeys || len(have) >= maxSecretsPerKey {
		return
	}
	for _, x := range have {
		if x == secret {
			return
		}
	}
	s.secrets[key] = append(have, secret)
}

// start checks it in the background, with at most checkWorkers at once.
func (s *Stream) start(it *item) {
	if it.started || it.decided {
		return
	}
	it.started = true
	it.done = make(chan struct{})
	// An unexpired JWT held for the same pair is the credential to send:
	// wait for its answer rather than send the pair.
	jwt := s.jwts[it.pair]
	if it.cred.JWT != "" || jwt == it {
		jwt = nil
	}
	go func() {
		defer close(it.done)
		if jwt != nil {
			<-jwt.done
			it.res = jwt.res
			return
		}
		select {
		case s.sem <- struct{}{}:
			defer func() { <-s.sem }()
		case <-s.ctx.Done():
			it.res = Result{Unknown, "canceled"}
			return
		}
		it.res = s.c.Check(s.ctx, it.cred)
	}()
}

// emit decides the first held result and hands it on. The next few
// results' checks start meanwhile, so checks overlap.
func (s *Stream) emit() error {
	it := s.items[0]
	s.items[0] = nil
	s.items = s.items[1:]
	if s.jwts[it.pair] == it {
		delete(s.jwts, it.pair)
	}
	if len(s.items) == 0 {
		s.items = nil // let the backing array go
	}
	for _, next := range s.items[:min(len(s.items), checkWorkers)] {
		if next.r.Kind != scanner.KindAPIKey {
			s.start(next)
		}
	}
	res := s.verdict(it)
	it.r.Verification = &result.Verification{Status: string(res.Status), Reason: res.Reason}
	s.count(res)
	return s.next(&it.r)
}

// verdict waits for the result's check. A key takes the most alarming verdict of
// the pairs it belongs to.
func (s *Stream) verdict(it *item) Result {
	if it.r.Kind == scanner.KindAPIKey {
		key := it.r.Value
		best := Result{Unverifiable, "API key without its secret"}
		for _, secret := range s.secrets[key] {
			cred := Credential{Key: key, Secret: secret}
			var res Result
			if jwt := s.jwts[cred.cacheKey()]; jwt != nil {
				<-jwt.done // the JWT carrying this pair is being checked
				res = jwt.res
			} else {
				res = s.c.Check(s.ctx, cred)
			}
			if rank(res.Status) < rank(best.Status) {
				best = res
			}
		}
		return best
	}
	if it.decided {
		return it.res
	}
	s.start(it)
	<-it.done
	res := it.res
	if it.expired && (res.Status == Live || res.Status == LiveNoScope) {
		res.Reason = "the JWT has expired, but the key and secret it carries still work"
	}
	return res
}

func (s *Stream) count(res Result) {
	if s.tally.Statuses == nil {
		s.tally.Statuses = map[Status]int{}
	}
	s.tally.Statuses[res.Status]++
	if res.Status != Unknown {
		return
	}
	for i := range s.tally.Unknown {
		if s.tally.Unknown[i].Reason == res.Reason {
			s.tally.Unknown[i].N++
			return
		}
	}
	s.tally.Unknown = append(s.tally.Unknown, ReasonCount{res.Reason, 1})
}

// Fill checks every result of a whole slice, as a Stream whose window
// holds them all, and sets each result's Verification. It returns
// ctx.Err() if the context ended first.
func (c *Checker) Fill(ctx context.Context, results []result.Result) error {
	i := 0
	st := NewStream(ctx, c, func(r *result.Result) error {
		results[i] = *r
		i++
		return nil
	}, len(results))
	for _, r := range results {
		if err := st.Add(r); err != nil {
			return err
		}
	}
	return st.Close()
}

// rank orders statuses from most alarming (0) down.
func rank(s Status) int {
	switch s {
	case Live:
		return 0
	case LiveNoScope:
		return 1
	case Revoked:
		return 2
	case Invalid:
		return 3
	case Unknown:
		return 4
	default:
		return 5
	}
}
