package verify

import (
	"context"
	"sync"
	"time"
)

// Clock is the time source of the checker, so tests can run the rate
// limiter and Retry-After waits without sleeping.
type Clock interface {
	Now() time.Time
	// Sleep waits for d, or returns ctx.Err() if ctx ends first.
	Sleep(ctx context.Context, d time.Duration) error
}

// RealClock is the wall clock.
type RealClock struct{}

// Now returns time.Now().
func (RealClock) Now() time.Time { return time.Now() }

// Sleep waits for d or until ctx is done.
func (RealClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// limiter allows at most n events in any window of the given length: a
// sliding log of the last n start times. A token bucket with burst n would
// allow up to 2n in some windows; Pinata counts per minute, so we do too.
type limiter struct {
	clock  Clock
	n      int
	window time.Duration

	mu     sync.Mutex
	starts []time.Time // the last n starts, oldest first
	paused time.Time   // no start before this (a server's Retry-After)
}

func newLimiter(clock Clock, n int, window time.Duration) *limiter {
	return &limiter{clock: clock, n: n, window: window}
}

// Wait blocks until one more event is allowed and records it.
func (l *limiter) Wait(ctx context.Context) error {
	for {
		if err := ctx.Err(); err != nil {
			return err // a canceled caller takes no slot
		}
		d := l.reserve()
		if d <= 0 {
			return nil
		}
		if err := l.clock.Sleep(ctx, d); err != nil {
			return err
		}
	}
}

// reserve records an event now and returns 0, or returns how long to wait
// before asking again.
func (l *limiter) reserve() time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.Now()
	if now.Before(l.paused) {
		return l.paused.Sub(now)
	}
	if len(l.starts) >= l.n {
		if d := l.starts[len(l.starts)-l.n].Add(l.window).Sub(now); d > 0 {
			return d
		}
	}
	l.starts = append(l.starts, now)
	if len(l.starts) > l.n {
		l.starts = append(l.starts[:0], l.starts[len(l.starts)-l.n:]...)
	}
	return 0
}

// PauseUntil holds every caller back until t (later pauses win).
func (l *limiter) PauseUntil(t time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if t.After(l.paused) {
		l.paused = t
	}
}
