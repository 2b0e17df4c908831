package verify

import (
	"context"
	"sync"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// fillWorkers bounds concurrent checks; the rate limiter bounds the rest.
const fillWorkers = 4

// group is one distinct credential (an API key and its secret) and the
// results that hold it, whole or in part.
type group struct {
	key, secret string
	jwt         string // an unexpired JWT for the pair, sent in preference
	sawJWT      bool   // some result is a JWT for the pair
	members     []int
	res         Result
}

// Fill checks each distinct credential among results once and sets every
// result's Verification. A JWT, the key and secret it embeds, and those
// same key and secret found on their own are one credential. A key whose
// secret was not found, a secret whose key is unknown, and gateway tokens
// cannot be checked and are marked unverifiable. It returns ctx.Err() if
// the context ended first (the unfinished results then say "canceled").
func (c *Checker) Fill(ctx context.Context, results []result.Result) error {
	now := c.clock.Now()
	type pairID struct{ key, secret string }
	groups := map[pairID]*group{}
	var order []*group
	join := func(key, secret string, i int) *group {
		id := pairID{key, secret}
		g := groups[id]
		if g == nil {
			g = &group{key: key, secret: secret}
			groups[id] = g
			order = append(order, g)
		}
		g.members = append(g.members, i)
		return g
	}
	set := func(i int, res Result) {
		results[i].Verification = &result.Verification{Status: string(res.Status), Reason: res.Reason}
	}

	var keys []int // api-key results, matched once every pair is known
	for i := range results {
		r := &results[i]
		r.Verification = nil
		switch r.Kind {
		case scanner.KindJWT:
			info := r.JWT
			if info == nil {
				var err error
				if info, err = scanner.ParseJWT(r.Value); err != nil {
					set(i, Result{Unverifiable, "not a Pinata JWT"})
					continue
				}
			}
			g := join(info.KeyID, info.Secret, i)
			g.sawJWT = true
			if g.jwt == "" && !info.Expired(now) {
				g.jwt = r.Value
			}
		case scanner.KindAPISecret:
			if r.KeyID == "" {
				set(i, Result{Unverifiable, "API secret without its key"})
				continue
			}
			join(r.KeyID, r.Value, i)
		case scanner.KindAPIKey:
			keys = append(keys, i)
		case scanner.KindGatewayToken:
			set(i, Result{Unverifiable, "no safe verification endpoint"})
		default:
			set(i, Result{Unverifiable, "unknown kind"})
		}
	}
	// A key belongs to every pair that names it (normally one).
	keyGroups := map[int][]*group{}
	for _, i := range keys {
		key := results[i].Value
		for _, g := range order {
			if g.key == key {
				g.members = append(g.members, i)
				keyGroups[i] = append(keyGroups[i], g)
			}
		}
		if len(keyGroups[i]) == 0 {
			set(i, Result{Unverifiable, "API key without its secret"})
		}
	}

	c.checkAll(ctx, order)

	for _, g := range order {
		for _, i := range g.members {
			res := g.res
			if results[i].Kind == scanner.KindJWT && g.jwt == "" && (res.Status == Live || res.Status == LiveNoScope) {
				res.Reason = "the JWT has expired, but the key and secret it carries still work"
			}
			if prev := results[i].Verification; prev != nil && rank(Status(prev.Status)) <= rank(res.Status) {
				continue // a key in two pairs keeps the more alarming verdict
			}
			set(i, res)
		}
	}
	return ctx.Err()
}

// checkAll checks each group with a few workers.
func (c *Checker) checkAll(ctx context.Context, groups []*group) {
	next := make(chan *group)
	var wg sync.WaitGroup
	for range min(fillWorkers, len(groups)) {
		wg.Go(func() {
			for g := range next {
				// An unexpired JWT if there is one; else the pair.
				g.res = c.Check(ctx, Credential{JWT: g.jwt, Key: g.key, Secret: g.secret})
			}
		})
	}
	for _, g := range groups {
		next <- g
	}
	close(next)
	wg.Wait()
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
