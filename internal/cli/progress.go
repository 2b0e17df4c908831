package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pinatascan/pinatascan/internal/report"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/walk"
	"github.com/pinatascan/pinatascan/scanner"
)

// The progress line: a long scan shows, on one line of stderr rewritten in
// place, how far it has got. Only when stderr is a terminal: in a pipe, a
// log or CI it would be noise (and a \r-rewritten line is unreadable in a
// file), so it is never written there.
var (
	progressDelay = time.Second            // quiet scans stay quiet
	progressEvery = 250 * time.Millisecond // how often the line is redrawn
	isTerminal    = stderrIsTerminal       // tests swap in a fake
)

// progress counts what a scan has done and redraws the line from its own
// goroutine. A nil *progress (stderr is not a terminal) does nothing.
type progress struct {
	w       io.Writer
	what    string // "scanned" or "scanning history"
	started time.Time
	files   atomic.Int64
	bytes   atomic.Int64
	found   atomic.Int64
	git     bool // history or index: counts findings, not files

	stopOnce sync.Once
	quit     chan struct{}
	done     chan struct{}
	width    int // of the line last drawn, to blank it out
}

// startProgress starts the line for a file scan (git false) or a git scan,
// or returns nil when stderr is not a terminal.
func startProgress(env *Env, git bool) *progress {
	if !isTerminal(env.Stderr) {
		return nil
	}
	p := &progress{w: env.Stderr, git: git, started: time.Now(), quit: make(chan struct{}), done: make(chan struct{})}
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer close(p.done)
	select {
	case <-time.After(progressDelay):
	case <-p.quit:
		return
	}
	t := time.NewTicker(progressEvery)
	defer t.Stop()
	for {
		p.draw(p.line())
		select {
		case <-t.C:
		case <-p.quit:
			if p.width > 0 {
				p.draw("") // leave the terminal as it was
			}
			return
		}
	}
}

func (p *progress) line() string {
	secs := int(time.Since(p.started).Seconds())
	if p.git {
		return fmt.Sprintf("pinatascan: scanning git… %d found, %ds", p.found.Load(), secs)
	}
	files := p.files.Load()
	return fmt.Sprintf("pinatascan: scanning… %s, %s, %d found, %ds",
		report.Count(int(files), "file"), report.Bytes(p.bytes.Load()), p.found.Load(), secs)
}

// draw rewrites the line: back to its start, the new text, and blanks over
// what is left of a longer old one (plain \r and spaces, no escape codes, so
// it works on any terminal). An empty s clears the line.
func (p *progress) draw(s string) {
	n := len([]rune(s))
	pad := max(0, p.width-n)
	fmt.Fprint(p.w, "\r"+s+strings.Repeat(" ", pad))
	if s == "" {
		fmt.Fprint(p.w, "\r")
	}
	p.width = n
}

// stop ends the line and clears it; it returns once the line is gone, so
// whatever is written to stderr next starts on a clean line.
func (p *progress) stop() {
	if p == nil {
		return
	}
	p.stopOnce.Do(func() { close(p.quit) })
	<-p.done
}

// scan wraps a file scan so it counts files, bytes and findings.
func (p *progress) scan(next walk.ScanFunc) walk.ScanFunc {
	if p == nil {
		return next
	}
	if next == nil {
		next = scanner.ScanProject
	}
	return func(r io.Reader, proj scanner.Project, yield func(scanner.Finding) error) error {
		p.files.Add(1)
		return next(countingReader{r, &p.bytes}, proj, func(f scanner.Finding) error {
			p.found.Add(1)
			return yield(f)
		})
	}
}

// counted counts the findings a git scan yields.
func (p *progress) counted(yield func(r result.Result) error) func(r result.Result) error {
	if p == nil {
		return yield
	}
	return func(r result.Result) error {
		p.found.Add(1)
		return yield(r)
	}
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}
