package config

import "testing"

// BenchmarkExcluded measures the per-file cost of a typical config's globs
// during a walk.
func BenchmarkExcluded(b *testing.B) {
	c := &Config{Exclude: []string{"vendor", "**/node_modules", "**/*.min.js", "testdata/fixtures/**", "dist/**"}}
	paths := []string{"src/app/components/upload/form.tsx", "vendor/github.com/x/y/z.go", "web/node_modules/pkg/index.js", "README.md"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.Excluded(paths[i%len(paths)])
	}
}
