package gitscan

import (
	"reflect"
	"strings"
	"testing"
)

const (
	oidA = "1111111111111111111111111111111111111111"
	oidB = "2222222222222222222222222222222222222222"
	oidZ = "0000000000000000000000000000000000000000"
)

func raw(srcMode, dstMode, src, dst, status string, paths ...string) string {
	return ":" + srcMode + " " + dstMode + " " + src + " " + dst + " " + status + "\x00" + strings.Join(paths, "\x00") + "\x00"
}

func TestParseDiff(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 300<<10) // longer than the read buffer
	tests := []struct {
		name    string
		in      string
		want    []lineRange
		binary  bool
		wantErr string
	}{
		{
			name: "added lines",
			in: raw("100644", "100644", oidA, oidB, "M", "a.env") + "\x00" +
				"diff --git a/a.env b/a.env\nindex " + oidA + ".." + oidB + " 100644\n--- a/a.env\n+++ b/a.env\n" +
				"@@ -2 +2 @@ ctx\n-old\n+new\n@@ -5,0 +6,2 @@\n+x\n+y\n@@ -9,3 +10,0 @@\n-a\n-b\n-c\n",
			want: []lineRange{{2, 3}, {6, 8}},
		},
		{
			name: "no newline markers and a huge line",
			in: raw("100644", "100644", oidA, oidB, "M", "a") + "\x00" +
				"diff --git a/a b/a\nindex " + oidA + ".." + oidB + " 100644\n--- a/a\n+++ b/a\n" +
				"@@ -1 +1 @@\n-" + long + "\n\\ No newline at end of file\n+" + long + "\n\\ No newline at end of file\n",
			want: []lineRange{{1, 2}},
		},
		{
			name: "content that looks like headers",
			in: raw("100644", "100644", oidA, oidB, "M", "a") + "\x00" +
				"diff --git a/a b/a\nindex " + oidA + ".." + oidB + " 100644\n--- a/a\n+++ b/a\n" +
				"@@ -1,2 +1,2 @@\n-diff --git a/x b/x\n--- a/a\n++++ b/b\n+@@ -1 +1 @@\n",
			want: []lineRange{{1, 3}},
		},
		{
			name: "binary",
			in: raw("100644", "100644", oidA, oidB, "M", "a") + "\x00" +
				"diff --git a/a b/a\nindex " + oidA + ".." + oidB + " 100644\nBinary files a/a and b/a differ\n",
			binary: true,
		},
		{
			name:    "section does not match record",
			in:      raw("100644", "100644", oidA, oidB, "M", "a") + "\x00" + "diff --git a/a b/a\nindex " + oidB + ".." + oidA + " 100644\n",
			wantErr: "does not match",
		},
		{
			name:    "record without section",
			in:      raw("100644", "100644", oidA, oidB, "M", "a"),
			wantErr: "1 raw records but 0 patch sections",
		},
		{
			name:    "truncated hunk",
			in:      raw("100644", "100644", oidA, oidB, "M", "a") + "\x00" + "diff --git a/a b/a\n@@ -1 +1,2 @@\n+x\nnot a hunk line\n",
			wantErr: "inside a hunk",
		},
		{
			name:    "bad hunk header",
			in:      raw("100644", "100644", oidA, oidB, "M", "a") + "\x00" + "diff --git a/a b/a\n@@ -1 +x @@\n",
			wantErr: "bad hunk header",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseDiff(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || !reflect.DeepEqual(got[0].added, tt.want) || got[0].gitBinary != tt.binary {
				t.Fatalf("got %+v, want added %v binary %v", got[0], tt.want, tt.binary)
			}
		})
	}
}

func TestParseDiffRawRecords(t *testing.T) {
	t.Parallel()
	in := raw("100644", "100644", oidA, oidB, "R087", "old name", "new\nname") +
		raw("100644", "000000", oidA, oidZ, "D", "gone") +
		raw("000000", "160000", oidZ, oidB, "A", "sub") +
		raw("000000", "000000", oidZ, oidZ, "U", "conflict") + "\x00" +
		"diff --git a/old name \"b/new\\nname\"\nsimilarity index 87%\nrename from old name\nrename to \"new\\nname\"\nindex " + oidA + ".." + oidB + " 100644\n" +
		"--- a/old name\n+++ \"b/new\\nname\"\n@@ -3,0 +4 @@\n+added\n" +
		"diff --git a/gone b/gone\ndeleted file mode 100644\nindex " + oidA + ".." + oidZ + "\n--- a/gone\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n" +
		"diff --git a/sub b/sub\nnew file mode 160000\nindex " + oidZ + ".." + oidB + "\n--- /dev/null\n+++ b/sub\n@@ -0,0 +1 @@\n+Subproject commit " + oidB + "\n" +
		"* Unmerged path conflict\n"
	got, err := parseDiff(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		status       byte
		src, path    string
		added        []lineRange
		newFile, bin bool
	}
	var rows []row
	for _, c := range got {
		rows = append(rows, row{c.status, c.srcPath, c.path, c.added, c.newFile(), c.gitBinary})
	}
	want := []row{
		{'R', "old name", "new\nname", []lineRange{{4, 5}}, false, false},
		{'D', "gone", "gone", nil, false, false},
		{'A', "sub", "sub", []lineRange{{1, 2}}, true, false},
		{'U', "conflict", "conflict", nil, true, false},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("got  %+v\nwant %+v", rows, want)
	}
	if got[0].addedLine(3) || !got[0].addedLine(4) || got[0].addedLine(5) {
		t.Error("addedLine disagrees with the hunk +4")
	}
}

func TestParseDiffEmpty(t *testing.T) {
	t.Parallel()
	got, err := parseDiff(strings.NewReader(""))
	if err != nil || len(got) != 0 {
		t.Errorf("empty diff: %v, %v", got, err)
	}
}
