//go:build unix

package walk

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestWalkMaxFileSize: files below a directory larger than MaxFileSize are
// skipped and counted, whether the size shows in the first read (small
// limits) or only in a stat (files bigger than the head buffer); a file
// named on the command line is scanned whatever its size, like Exclude.
func TestWalkMaxFileSize(t *testing.T) {
	big := strings.Repeat("x", 3*headSize) + "\nLEAK\n"
	tests := []struct {
		name  string
		limit int64
		files map[string]string
		args  []string
		want  summary
	}{
		{
			name:  "no limit scans all",
			limit: 0,
			files: map[string]string{"t/small.txt": "LEAK\n", "t/big.txt": big},
			args:  []string{"t"},
			want:  summary{Findings: []string{"t/big.txt:2:1", "t/small.txt:1:1"}, Files: 2, Bytes: int64(5 + len(big))},
		},
		{
			name:  "limit above the head buffer: big file skipped after a stat",
			limit: headSize,
			files: map[string]string{"t/small.txt": "LEAK\n", "t/big.txt": big},
			args:  []string{"t"},
			want:  summary{Findings: []string{"t/small.txt:1:1"}, Files: 1, Bytes: 5, Skipped: 1},
		},
		{
			name:  "limit below the first read: sized by what was read",
			limit: 10,
			files: map[string]string{"t/a.txt": "LEAK\n", "t/b.txt": "0123456789\nLEAK\n"},
			args:  []string{"t"},
			want:  summary{Findings: []string{"t/a.txt:1:1"}, Files: 1, Bytes: 5, Skipped: 1},
		},
		{
			name:  "a file exactly at the limit is scanned",
			limit: 5,
			files: map[string]string{"t/a.txt": "LEAK\n"},
			args:  []string{"t"},
			want:  summary{Findings: []string{"t/a.txt:1:1"}, Files: 1, Bytes: 5},
		},
		{
			name:  "named on the command line: scanned",
			limit: 10,
			files: map[string]string{"t/b.txt": "0123456789\nLEAK\n"},
			args:  []string{"t/b.txt"},
			want:  summary{Findings: []string{"t/b.txt:2:1"}, Files: 1, Bytes: 16},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for p, c := range tt.files {
				write(t, filepath.Join(dir, p), c)
			}
			t.Chdir(dir)
			rep, err := Walk(context.Background(), tt.args, Options{Scan: fakeScan, MaxFileSize: tt.limit})
			if err != nil {
				t.Fatal(err)
			}
			if got := summarize(rep); !equal(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
