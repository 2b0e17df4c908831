package cli

import "testing"

// TestPreCommitMode: the environment git and pre-commit 3 and 4 give a
// hook in each stage and mode (read from their source: hook_impl.py and
// run.py), and what the hook makes of it.
func TestPreCommitMode(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want hookMode
	}{
		{"plain git hook", map[string]string{"GIT_INDEX_FILE": ".git/index"}, hookIndex},
		{"plain hook run by hand", nil, hookIndex},
		{"git commit", map[string]string{"PRE_COMMIT": "1", "GIT_INDEX_FILE": ".git/index"}, hookIndex},
		{"git commit -a", map[string]string{"PRE_COMMIT": "1", "GIT_INDEX_FILE": "/r/.git/index.lock"}, hookIndex},
		{"pre-commit run (--all-files, --files, manual)", map[string]string{"PRE_COMMIT": "1"}, hookFiles},
		{"pre-push", map[string]string{"PRE_COMMIT": "1", "PRE_COMMIT_FROM_REF": "a", "PRE_COMMIT_TO_REF": "b", "PRE_COMMIT_REMOTE_NAME": "origin", "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/main"}, hookPush},
		{"pre-push of a new root", map[string]string{"PRE_COMMIT": "1", "PRE_COMMIT_REMOTE_NAME": "origin", "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/main"}, hookPush},
		{"run --from-ref --to-ref", map[string]string{"PRE_COMMIT": "1", "PRE_COMMIT_FROM_REF": "a", "PRE_COMMIT_TO_REF": "b"}, hookPush},
		{"post-checkout", map[string]string{"PRE_COMMIT": "1", "PRE_COMMIT_FROM_REF": "a", "PRE_COMMIT_TO_REF": "b", "PRE_COMMIT_CHECKOUT_TYPE": "1"}, hookNothing},
		{"post-merge", map[string]string{"PRE_COMMIT": "1", "PRE_COMMIT_IS_SQUASH_MERGE": "0"}, hookNothing},
		{"post-rewrite", map[string]string{"PRE_COMMIT": "1", "PRE_COMMIT_REWRITE_COMMAND": "rebase"}, hookNothing},
	} {
		if got := preCommitMode(func(k string) string { return tc.env[k] }); got != tc.want {
			t.Errorf("%s: got %d, want %d", tc.name, got, tc.want)
		}
	}
}
