package scanner

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"sync"
)

// The input is read in windows so memory stays bounded on huge files and
// single-line bundles. Each window keeps some text from the one before as
// context (the section a value sits in), and holds back its last bytes so a
// token cut by the window's edge is read whole in the next one.
const (
	windowSize  = 1 << 20
	contextBack = 64 << 10
	holdBack    = maxBase64Len + 16
)

var bufPool = sync.Pool{New: func() any {
	b := make([]byte, 0, contextBack+windowSize+holdBack)
	return &b
}}

// allowMarkers on a finding's line suppress it (the caller counts them).
// pinatavet:ignore is the go vet pass's directive: one comment serves both
// tools.
var allowMarkers = [][]byte{[]byte("pinatascan:allow"), []byte("pinatavet:ignore"), []byte("gitleaks:allow")}

// Project is what the caller knows of the project a file belongs to,
// beyond the file's own text.
type Project struct {
	// UsesPinata names the manifest that makes the project a Pinata user,
	// such as "web/package.json (@pinata/sdk)"; "" when none is known.
	UsesPinata string
}

// Scan reads r to its end in bounded chunks and calls yield for each
// finding, in order of position. It stops at the first error yield returns.
// Text in UTF-16 with a byte-order mark is read as text.
func Scan(r io.Reader, yield func(Finding) error) error {
	return ScanProject(r, Project{}, yield)
}

// ScanProject is Scan for a file of project p.
func ScanProject(r io.Reader, p Project, yield func(Finding) error) error {
	bp := bufPool.Get().(*[]byte)
	defer bufPool.Put(bp)
	buf := (*bp)[:cap(*bp)]
	// The first read goes straight into the window, where the byte-order
	// mark is looked for: most files are read whole by it, and a
	// bufio.Reader per file would cost an allocation and a copy.
	n, err := io.ReadAtLeast(r, buf, 2)
	eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
	if err != nil && !eof {
		return err
	}
	s := stream{buf: buf[:n], line: 1, project: p}
	if n >= 2 && (buf[0] == 0xFF && buf[1] == 0xFE || buf[0] == 0xFE && buf[1] == 0xFF) {
		var rest io.Reader = bytes.NewReader(bytes.Clone(buf[:n]))
		if !eof {
			rest = io.MultiReader(rest, r)
		}
		r = newUTF16Reader(bufio.NewReaderSize(rest, 4096), buf[0] == 0xFE)
		s.buf, eof = buf[:0], false
	}
	l := fileLinker{yield: yield}
	err = s.run(r, eof, &l)
	*bp = s.buf[:0]
	if err != nil {
		return err
	}
	return l.release(s.line, true)
}

// ScanBytes returns the findings in data.
func ScanBytes(data []byte) []Finding {
	var out []Finding
	_ = Scan(bytes.NewReader(data), func(f Finding) error {
		out = append(out, f)
		return nil
	})
	return out
}

// stream tracks where a window sits in the whole input.
type stream struct {
	buf       []byte
	base      int64 // input offset of buf[0]
	counted   int   // buf offset up to which lines are counted
	line      int   // line number at counted
	lineStart int64 // input offset where that line starts
	project   Project

	// The line of the last finding and whether it carries an allow
	// marker, so that many findings on one long line read it once.
	allowFrom, allowTo int64
	allowed            bool
}

// run scans s.buf and then what r holds, handing each finding to l as
// soon as its window is scanned, so memory does not grow with the number
// of findings; eof says r has already ended.
func (s *stream) run(r io.Reader, eof bool, l *fileLinker) error {
	ownStart := 0
	d := detector{project: s.project}
	for {
		if !eof {
			n, err := io.ReadFull(r, s.buf[len(s.buf):cap(s.buf)])
			s.buf = s.buf[:len(s.buf)+n]
			eof = errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
			if err != nil && !eof {
				return err
			}
		}
		ownEnd := len(s.buf)
		if !eof {
			ownEnd = max(ownStart, len(s.buf)-holdBack)
		}
		d.decoded = 0
		for _, h := range d.detect(s.buf, ownStart, ownEnd, 0) {
			if err := l.add(s.finding(h)); err != nil {
				return err
			}
		}
		if eof {
			return nil
		}
		s.advance(ownEnd)
		if err := l.release(s.line, false); err != nil {
			return err
		}
		keep := max(0, ownEnd-contextBack)
		s.buf = s.buf[:copy(s.buf, s.buf[keep:])]
		s.base += int64(keep)
		s.counted -= keep
		ownStart = ownEnd - keep
	}
}

// advance counts lines up to buf offset pos.
func (s *stream) advance(pos int) {
	if pos <= s.counted {
		return
	}
	seg := s.buf[s.counted:pos]
	if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
		s.line += n
		s.lineStart = s.base + int64(s.counted+bytes.LastIndexByte(seg, '\n')+1)
	}
	s.counted = pos
}

func (s *stream) finding(h hit) Finding {
	s.advance(h.pos)
	abs := s.base + int64(h.pos)
	f := Finding{
		Kind: h.kind, Line: s.line, Column: int(abs-s.lineStart) + 1, Offset: abs,
		Value: h.value, Encoding: h.encoding, Rule: h.rule,
		Evidence: h.evidence, Support: h.support, JWT: h.jwt,
	}
	if ValidKeyID(h.keyID) {
		f.KeyID = h.keyID
	}
	if f.Support == nil && f.Rule != "" {
		f.Support = []string{f.Rule}
	}
	if abs < s.allowFrom || abs >= s.allowTo {
		ls := max(0, int(s.lineStart-s.base))
		le := h.pos + bytes.IndexByte(s.buf[h.pos:], '\n')
		if le < h.pos {
			le = len(s.buf)
		}
		s.allowFrom, s.allowTo = s.base+int64(ls), s.base+int64(le)+1
		s.allowed = false
		line := s.buf[ls:le]
		for _, m := range allowMarkers {
			if bytes.Contains(line, m) {
				s.allowed = true
			}
		}
	}
	f.Allowed = s.allowed
	return f
}

// LooksBinary reports whether head, the first bytes of a file, marks it as
// binary: it holds a NUL byte in its first 8000 bytes (git's rule). Text in
// UTF-16 with a byte-order mark is not binary: Scan reads it as text.
func LooksBinary(head []byte) bool {
	if len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
		return false
	}
	return bytes.IndexByte(head[:min(len(head), 8000)], 0) >= 0
}
