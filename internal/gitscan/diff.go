package gitscan

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// change is one entry of a `diff-index --raw -p -z` between HEAD and the
// index, with the lines of the new blob it adds or changes.
type change struct {
	status           byte // A, C, D, M, R, T, U, X (the letter of --raw)
	srcMode, dstMode string
	srcOID, dstOID   string
	srcPath, path    string // srcPath differs from path for renames

	added     []lineRange // lines of the new blob added or changed, ascending
	gitBinary bool        // git printed "Binary files differ" instead of hunks
}

// lineRange is the lines [start, end) of a blob, 1-based.
type lineRange struct{ start, end int }

// newFile reports whether the whole blob is new: every line counts as added.
func (c *change) newFile() bool { return isZeroOID(c.srcOID) }

// addedLine reports whether line is one the change adds or changes.
func (c *change) addedLine(line int) bool {
	if c.newFile() {
		return true
	}
	i := sort.Search(len(c.added), func(i int) bool { return c.added[i].end > line })
	return i < len(c.added) && c.added[i].start <= line
}

func isZeroOID(oid string) bool { return strings.Trim(oid, "0") == "" }

// parseDiff reads the output of `git diff-index --raw -p -z -U0
// --full-index`: NUL-terminated raw records, a NUL, then the patch, whose
// sections come in the order of the raw records. Only hunk headers and a
// few header lines are kept; content lines, however long, are skipped.
func parseDiff(r io.Reader) ([]*change, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	changes, err := parseRaw(br)
	if err != nil {
		return nil, err
	}
	if err := parsePatch(br, changes); err != nil {
		return nil, err
	}
	return changes, nil
}

func parseRaw(br *bufio.Reader) ([]*change, error) {
	var changes []*change
	for {
		b, err := br.Peek(1)
		if err == io.EOF {
			return changes, nil
		}
		if err != nil {
			return nil, err
		}
		if b[0] != ':' {
			if b[0] == 0 { // the separator before the patch
				br.ReadByte()
			}
			return changes, nil
		}
		meta, err := readNUL(br)
		if err != nil {
			return nil, fmt.Errorf("git diff-index: truncated raw output: %w", err)
		}
		// ":srcmode dstmode srcoid dstoid status[score]"
		f := strings.Fields(strings.TrimPrefix(meta, ":"))
		if len(f) != 5 || f[4] == "" {
			return nil, fmt.Errorf("git diff-index: unexpected raw record %q", meta)
		}
		c := &change{status: f[4][0], srcMode: f[0], dstMode: f[1], srcOID: f[2], dstOID: f[3]}
		if c.path, err = readNUL(br); err != nil {
			return nil, fmt.Errorf("git diff-index: truncated raw output: %w", err)
		}
		c.srcPath = c.path
		if c.status == 'R' || c.status == 'C' {
			if c.path, err = readNUL(br); err != nil {
				return nil, fmt.Errorf("git diff-index: truncated raw output: %w", err)
			}
		}
		changes = append(changes, c)
	}
}

func readNUL(br *bufio.Reader) (string, error) {
	s, err := br.ReadString(0)
	if err != nil {
		return "", err
	}
	return s[:len(s)-1], nil
}

// parsePatch fills in the added lines of each change from its patch
// section. It counts sections against the raw records and checks each
// section's "index" line against its record, so a misreading is an error,
// never a silently unscanned file.
func parsePatch(br *bufio.Reader, changes []*change) error {
	idx := -1
	var cur *change
	oldLeft, newLeft := 0, 0
	for {
		line, err := readLine(br)
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if oldLeft > 0 || newLeft > 0 {
			switch {
			case len(line) == 0:
				return errors.New("git diff-index: empty line inside a hunk")
			case line[0] == '-':
				oldLeft--
			case line[0] == '+':
				newLeft--
			case line[0] == ' ':
				oldLeft--
				newLeft--
			case line[0] == '\\': // "\ No newline at end of file"
			default:
				return fmt.Errorf("git diff-index: unexpected line inside a hunk: %.40q", line)
			}
			continue
		}
		switch {
		case len(line) == 0:
		case bytes.HasPrefix(line, []byte("diff --git ")), bytes.HasPrefix(line, []byte("* Unmerged path ")):
			idx++
			if idx >= len(changes) {
				return errors.New("git diff-index: more patch sections than raw records")
			}
			cur = changes[idx]
			if unmerged := line[0] == '*'; unmerged != (cur.status == 'U') {
				return fmt.Errorf("git diff-index: patch section %d does not match its raw record", idx+1)
			}
		case cur == nil:
			return fmt.Errorf("git diff-index: unexpected output before the first patch: %.40q", line)
		case bytes.HasPrefix(line, []byte("index ")):
			ids, _, _ := strings.Cut(string(line[len("index "):]), " ")
			src, dst, _ := strings.Cut(ids, "..")
			if src != cur.srcOID || dst != cur.dstOID {
				return fmt.Errorf("git diff-index: patch section %d does not match its raw record", idx+1)
			}
		case bytes.HasPrefix(line, []byte("Binary files ")):
			cur.gitBinary = true
		case bytes.HasPrefix(line, []byte("@@ ")):
			r, o, n, err := parseHunk(line)
			if err != nil {
				return err
			}
			if r.end > r.start {
				cur.added = append(cur.added, r)
			}
			oldLeft, newLeft = o, n
		}
	}
	if idx+1 != len(changes) {
		return fmt.Errorf("git diff-index: %d raw records but %d patch sections", len(changes), idx+1)
	}
	return nil
}

// parseHunk reads "@@ -a[,b] +c[,d] @@" and returns the new lines [c, c+d)
// and both line counts.
func parseHunk(line []byte) (r lineRange, oldN, newN int, err error) {
	f := strings.Fields(string(line))
	if len(f) < 4 || f[0] != "@@" || f[3] != "@@" || !strings.HasPrefix(f[1], "-") || !strings.HasPrefix(f[2], "+") {
		return r, 0, 0, fmt.Errorf("git diff-index: bad hunk header %.60q", line)
	}
	_, oldN, err1 := hunkSpan(f[1][1:])
	start, newN, err2 := hunkSpan(f[2][1:])
	if err1 != nil || err2 != nil {
		return r, 0, 0, fmt.Errorf("git diff-index: bad hunk header %.60q", line)
	}
	return lineRange{start, start + newN}, oldN, newN, nil
}

func hunkSpan(s string) (start, n int, err error) {
	a, b, hasCount := strings.Cut(s, ",")
	if start, err = strconv.Atoi(a); err != nil {
		return 0, 0, err
	}
	n = 1
	if hasCount {
		if n, err = strconv.Atoi(b); err != nil {
			return 0, 0, err
		}
	}
	if start < 0 || n < 0 {
		return 0, 0, errors.New("negative")
	}
	return start, n, nil
}

// readLine returns the next line without its newline, cut to the buffer
// size: content lines can be hundreds of megabytes and are only skipped.
func readLine(br *bufio.Reader) ([]byte, error) {
	line, err := br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		head := append([]byte(nil), line...)
		for err == bufio.ErrBufferFull {
			_, err = br.ReadSlice('\n')
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		return head, nil
	}
	if err == io.EOF {
		if len(line) == 0 {
			return nil, io.EOF
		}
		return line, nil
	}
	if err != nil {
		return nil, err
	}
	return line[:len(line)-1], nil
}
