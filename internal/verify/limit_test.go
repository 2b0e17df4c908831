package verify

import (
	"context"
	"testing"
	"time"
)

func TestLimiterSlidingWindow(t *testing.T) {
	clock := newFakeClock()
	l := newLimiter(clock, 3, time.Minute)
	ctx := context.Background()
	start := clock.Now()
	// Three at 0s, 10s, 20s pass at once.
	for i := range 3 {
		if err := l.Wait(ctx); err != nil {
			t.Fatal(err)
		}
		if got := clock.Now().Sub(start); got != time.Duration(i)*10*time.Second {
			t.Fatalf("event %d at %v, want no wait", i, got)
		}
		_ = clock.Sleep(ctx, 10*time.Second)
	}
	// At 30s the window holds three: the fourth waits for the first to
	// leave it (60s), the fifth for the second (70s).
	for _, want := range []time.Duration{60 * time.Second, 70 * time.Second} {
		if err := l.Wait(ctx); err != nil {
			t.Fatal(err)
		}
		if got := clock.Now().Sub(start); got != want {
			t.Errorf("event at %v, want %v", got, want)
		}
	}
	// Never more than n in any window: a burst now waits until 80s.
	_ = l.Wait(ctx)
	if got := clock.Now().Sub(start); got != 80*time.Second {
		t.Errorf("event at %v, want 80s", got)
	}
}

func TestLimiterPause(t *testing.T) {
	clock := newFakeClock()
	l := newLimiter(clock, 30, time.Minute)
	start := clock.Now()
	l.PauseUntil(start.Add(5 * time.Second))
	l.PauseUntil(start.Add(2 * time.Second)) // an earlier pause does not shorten it
	if err := l.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := clock.Now().Sub(start); got != 5*time.Second {
		t.Errorf("waited %v, want 5s", got)
	}
}

func TestLimiterCanceled(t *testing.T) {
	l := newLimiter(newFakeClock(), 1, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	if err := l.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := l.Wait(ctx); err == nil {
		t.Error("Wait on a full window with a canceled context returned nil")
	}
	// A canceled caller takes no slot, even with room in the window.
	clock := newFakeClock()
	l2 := newLimiter(clock, 1, time.Minute)
	if err := l2.Wait(ctx); err == nil {
		t.Error("Wait with a canceled context returned nil")
	}
	if err := l2.Wait(context.Background()); err != nil || clock.Slept() != 0 {
		t.Errorf("after a canceled Wait: err %v, waited %v; want the one slot free", err, clock.Slept())
	}
}

func TestRealClockSleep(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (RealClock{}).Sleep(ctx, time.Hour); err == nil {
		t.Error("Sleep ignored a canceled context")
	}
	if err := (RealClock{}).Sleep(context.Background(), time.Millisecond); err != nil {
		t.Error(err)
	}
}
