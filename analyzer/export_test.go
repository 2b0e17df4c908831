package analyzer

import "github.com/pinatascan/pinatascan/scanner"

// WatchJudge calls watch with every value the pass asks the detection core
// about, until stop is called. The pass analyses packages in parallel, so
// watch is called from several goroutines at once.
func WatchJudge(watch func(scanner.Named)) (stop func()) {
	saved := judge
	judge = func(n scanner.Named) (scanner.Finding, bool) {
		watch(n)
		return saved(n)
	}
	return func() { judge = saved }
}
