package walk

import (
	"context"
	"sync"

	"github.com/pinatascan/pinatascan/internal/result"
)

// maxWaiting bounds the results that files scanned ahead of their turn
// keep in memory, all files together. A worker whose file would go beyond
// it pauses until its file's turn comes; the file whose turn it is never
// waits, so the walk always moves on.
const maxWaiting = 4096

// orderer hands results to yield in the order the lister queued their
// files (path order), while workers scan files in parallel. Each file
// gets a turn number; results of the file whose turn it is go straight
// out, the others wait, bounded by maxWaiting.
type orderer struct {
	ctx    context.Context
	yield  func(result.Result) error
	cancel context.CancelCauseFunc

	mu      sync.Mutex
	cond    *sync.Cond
	next    int           // turn numbers handed out so far
	turn    int           // the file whose results go out now
	slots   map[int]*slot // files not yet out, by turn
	waiting int           // results held in slots
	err     error         // yield's first error: nothing more goes out
	closed  bool
}

// slot is one file's place in the order.
type slot struct {
	held []result.Result
	done bool
}

func newOrderer(ctx context.Context, yield func(result.Result) error, cancel context.CancelCauseFunc) *orderer {
	o := &orderer{ctx: ctx, yield: yield, cancel: cancel, slots: map[int]*slot{}}
	o.cond = sync.NewCond(&o.mu)
	// A worker waiting for its turn must wake up when the walk is cancelled.
	context.AfterFunc(ctx, func() {
		o.mu.Lock()
		o.cond.Broadcast()
		o.mu.Unlock()
	})
	return o
}

// reserve gives the next file, in list order, its turn number. Only the
// lister calls it, in order.
func (o *orderer) reserve() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	n := o.next
	o.next++
	o.slots[n] = &slot{}
	return n
}

// add hands over one result of file n. It returns an error when the walk
// is over (cancelled, or yield failed): the file's scan should stop.
func (o *orderer) add(n int, r result.Result) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	for {
		switch {
		case o.err != nil:
			return o.err
		case o.closed:
			return context.Canceled
		case n == o.turn:
			return o.send(r)
		case o.waiting < maxWaiting || o.ctx.Err() != nil:
			// Once cancelled, results are kept (bounded by what workers
			// still read) and go out, in order, when the walk closes.
			o.slots[n].held = append(o.slots[n].held, r)
			o.waiting++
			return o.ctx.Err()
		}
		o.cond.Wait()
	}
}

// done says file n is finished: when it is its turn, the turn passes on,
// through every finished file after it, sending what they held.
func (o *orderer) done(n int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if s := o.slots[n]; s != nil {
		s.done = true
	}
	o.advance()
}

// advance moves the turn past finished files, sending what each held, and
// sends what the file whose turn it now is has held so far. Called with
// o.mu held.
func (o *orderer) advance() {
	moved := false
	for o.err == nil && !o.closed {
		s := o.slots[o.turn]
		if s == nil {
			break
		}
		if !o.flush(s) {
			break
		}
		if !s.done {
			break
		}
		delete(o.slots, o.turn)
		o.turn++
		moved = true
	}
	if moved {
		o.cond.Broadcast()
	}
}

// flush sends what s holds; false if yield failed.
func (o *orderer) flush(s *slot) bool {
	for i := range s.held {
		if o.send(s.held[i]) != nil {
			return false
		}
		s.held[i] = result.Result{}
	}
	o.waiting -= len(s.held)
	s.held = nil
	return true
}

// send yields r, remembering the first error and stopping the walk on it.
func (o *orderer) send(r result.Result) error {
	if o.err != nil {
		return o.err
	}
	if err := o.yield(r); err != nil {
		o.err = err
		o.cancel(err)
		o.cond.Broadcast()
		return err
	}
	return nil
}

// close sends, in order, whatever is still held (the walk was cancelled,
// or a worker was left stuck in a read), and refuses results from then
// on. It returns yield's first error.
func (o *orderer) close() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	for ; o.turn < o.next && o.err == nil; o.turn++ {
		if s := o.slots[o.turn]; s != nil {
			o.flush(s)
			delete(o.slots, o.turn)
		}
	}
	o.closed = true
	o.cond.Broadcast()
	return o.err
}
