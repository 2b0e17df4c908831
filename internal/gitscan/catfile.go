package gitscan

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"

	"github.com/pinatascan/pinatascan/internal/report"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// catFile is one long-lived `git cat-file --batch`: blob ids go in, blobs
// stream out, so no blob is ever held whole in memory.
type catFile struct {
	ctx    context.Context
	cmd    *exec.Cmd
	in     *bufio.Writer
	stdin  io.Closer
	out    *bufio.Reader
	stderr *tailBuffer
	waited bool
}

func startCatFile(ctx context.Context, dir string) (*catFile, error) {
	cmd, stderr := command(ctx, dir, "cat-file", "--batch")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, gitError(ctx, []string{"cat-file"}, err, stderr)
	}
	return &catFile{
		ctx:    ctx,
		cmd:    cmd,
		in:     bufio.NewWriter(stdin),
		stdin:  stdin,
		out:    bufio.NewReaderSize(stdout, 64<<10),
		stderr: stderr,
	}, nil
}

// request asks for one object; flush sends what was asked.
func (c *catFile) request(oid string) error {
	c.in.WriteString(oid)
	return c.in.WriteByte('\n')
}

func (c *catFile) flush() error { return c.in.Flush() }

// errMissing marks an object git does not have.
var errMissing = errors.New("object missing")

// next reads the answer to the next request: the blob's size, or
// errMissing. The caller must then read exactly size bytes with body.
func (c *catFile) next(oid string) (int64, error) { return c.nextOf(oid, "blob") }

// nextOf is next for an object of type typ (blob, commit, tag).
func (c *catFile) nextOf(oid, typ string) (int64, error) {
	line, err := c.out.ReadSlice('\n')
	if err != nil {
		return 0, c.died(err)
	}
	fields := bytes.Fields(line)
	if len(fields) == 2 && string(fields[1]) == "missing" {
		return 0, errMissing
	}
	if len(fields) != 3 || string(fields[0]) != oid {
		return 0, fmt.Errorf("git cat-file: unexpected answer %q for %s", bytes.TrimSpace(line), oid)
	}
	if string(fields[1]) != typ {
		return 0, fmt.Errorf("git cat-file: %s is a %s, not a %s", oid, fields[1], typ)
	}
	size, err := strconv.ParseInt(string(fields[2]), 10, 64)
	if err != nil || size < 0 {
		return 0, fmt.Errorf("git cat-file: bad size in %q", bytes.TrimSpace(line))
	}
	return size, nil
}

// whyUnreadable asks git, in a process of its own, why it cannot read oid:
// cat-file --batch only says "missing", for a corrupt object too.
func whyUnreadable(ctx context.Context, dir, oid string) string {
	cmd, stderr := command(ctx, dir, "cat-file", "blob", oid)
	cmd.Stdout = io.Discard
	if err := cmd.Run(); err == nil {
		return "cannot be read"
	}
	if msg := stderr.String(); msg != "" {
		return "cannot be read: " + msg
	}
	return "is missing"
}

// scanBlob scans the current blob of size bytes as a file of project p,
// counts it in stats (skipped when binary, else scanned with its bytes),
// and returns, in order, the findings keep accepts (all of them when keep
// is nil). When capture is not nil, the blob's bytes are also copied to it.
func (c *catFile) scanBlob(size int64, stats *result.Stats, p scanner.Project, keep func(scanner.Finding) bool, capture io.Writer) (found []scanner.Finding, binary bool, err error) {
	binary, err = c.scanStream(size, p, capture, func(f scanner.Finding) error {
		if keep == nil || keep(f) {
			found = append(found, f)
		}
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	if binary {
		stats.Skipped++
		return nil, true, nil
	}
	stats.Files++
	stats.Bytes += size
	return found, false, nil
}

// scanStream scans the size bytes of the current blob, unless it is
// binary, and consumes them with the newline after them (copying them to
// capture, if not nil). Findings go to yield in order.
func (c *catFile) scanStream(size int64, p scanner.Project, capture io.Writer, yield func(scanner.Finding) error) (binary bool, err error) {
	var blob io.Reader = io.LimitReader(c.out, size)
	if capture != nil {
		blob = io.TeeReader(blob, capture)
	}
	body := &countingReader{r: blob}
	head := make([]byte, min(size, 8000))
	if _, err := io.ReadFull(body, head); err != nil {
		return false, c.died(err)
	}
	if scanner.LooksBinary(head) {
		binary = true
	} else if err := scanner.ScanProject(io.MultiReader(bytes.NewReader(head), body), p, report.OwnReport(head, yield)); err != nil {
		if body.err != nil {
			return false, c.died(body.err)
		}
		return false, err
	}
	// Scan may stop early; the stream must still be at the next answer.
	if _, err := io.Copy(io.Discard, body); err != nil {
		return binary, c.died(err)
	}
	if body.n != size {
		return binary, c.died(io.ErrUnexpectedEOF)
	}
	if b, err := c.out.ReadByte(); err != nil || b != '\n' {
		return binary, c.died(io.ErrUnexpectedEOF)
	}
	return binary, nil
}

// died explains a broken stream: git's own message if it exited.
func (c *catFile) died(err error) error {
	if c.ctx.Err() != nil {
		return c.ctx.Err()
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	c.stdin.Close()
	werr := c.wait()
	if msg := c.stderr.String(); msg != "" {
		return fmt.Errorf("git cat-file: %s", msg)
	}
	if werr != nil {
		return gitError(c.ctx, []string{"cat-file"}, werr, c.stderr)
	}
	return fmt.Errorf("git cat-file: %w", err)
}

func (c *catFile) wait() error {
	if c.waited {
		return nil
	}
	c.waited = true
	return c.cmd.Wait()
}

// close ends cat-file. Call it once, after the last answer was read.
func (c *catFile) close() error {
	c.in.Flush()
	c.stdin.Close()
	if err := c.wait(); err != nil {
		return gitError(c.ctx, []string{"cat-file"}, err, c.stderr)
	}
	return nil
}

// countingReader counts bytes and remembers the read error, so a broken
// pipe is told apart from an error the scanner's caller returned.
type countingReader struct {
	r   io.Reader
	n   int64
	err error
}

func (r *countingReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	r.n += int64(n)
	if err != nil && err != io.EOF {
		r.err = err
	}
	return n, err
}

// stop ends cat-file early, on an error path: nothing more will be read.
func (c *catFile) stop() {
	if c.waited {
		return
	}
	c.stdin.Close()
	c.cmd.Process.Kill()
	c.wait()
}

// maxHeaderLine bounds a commit or tag header line kept in memory; longer
// ones (a signature) are skipped through.
const maxHeaderLine = 4096

// scanMessage scans the message of the current commit or tag object of
// size bytes: what follows its headers (tree, parents, author, tagger,
// signatures) and the blank line after them. Lines and columns count from
// the message's start. It consumes the object and the newline after it.
func (c *catFile) scanMessage(size int64, yield func(scanner.Finding) error) error {
	body := &countingReader{r: io.LimitReader(c.out, size)}
	br := bufio.NewReaderSize(body, maxHeaderLine)
	for {
		line, err := br.ReadSlice('\n')
		for err == bufio.ErrBufferFull {
			line, err = br.ReadSlice('\n')
			line = []byte("x") // a long header line, skipped through
		}
		if err == io.EOF {
			break // headers only: no message
		}
		if err != nil {
			return c.died(err)
		}
		if len(line) == 1 { // the blank line before the message
			if err := scanner.Scan(br, yield); err != nil {
				if body.err != nil {
					return c.died(body.err)
				}
				return err
			}
			break
		}
	}
	if _, err := io.Copy(io.Discard, br); err != nil {
		return c.died(err)
	}
	if body.n != size {
		return c.died(io.ErrUnexpectedEOF)
	}
	if b, err := c.out.ReadByte(); err != nil || b != '\n' {
		return c.died(io.ErrUnexpectedEOF)
	}
	return nil
}
