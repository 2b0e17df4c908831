// Package testgit is the git environment tests share: no system or user
// config, none of a surrounding hook's GIT_* variables, and none of the
// upkeep git starts on its own after a commit or a push (auto gc and
// maintenance are one or two more processes each time, and the suite makes
// hundreds of commits).
//
// The settings travel as GIT_CONFIG_COUNT variables, which reach every git a
// test starts, directly or through a hook, pre-commit or pinatascan, and
// which a repository's own config cannot override.
package testgit

import (
	"os"
	"strconv"
	"strings"
)

// upkeep is what a test's git must not start by itself.
var upkeep = [][2]string{
	{"maintenance.auto", "false"},
	{"gc.auto", "0"},
	{"receive.autogc", "false"},
}

// Upkeep are the variables that turn that upkeep off, for a test that
// chooses its own config files.
func Upkeep() []string {
	vars := []string{"GIT_CONFIG_COUNT=" + strconv.Itoa(len(upkeep))}
	for i, kv := range upkeep {
		n := strconv.Itoa(i)
		vars = append(vars, "GIT_CONFIG_KEY_"+n+"="+kv[0], "GIT_CONFIG_VALUE_"+n+"="+kv[1])
	}
	return vars
}

// Vars are the variables of a hermetic git: no system or user config, and
// Upkeep. The caller adds an identity (GIT_AUTHOR_NAME and the like) where
// it commits.
func Vars() []string {
	return append([]string{"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=" + os.DevNull}, Upkeep()...)
}

// Env returns environ without its GIT_* variables, plus Vars.
func Env(environ []string) []string {
	var out []string
	for _, kv := range environ {
		if !strings.HasPrefix(kv, "GIT_") {
			out = append(out, kv)
		}
	}
	return append(out, Vars()...)
}

// Setenv makes the process's own environment Env(os.Environ()), for a
// TestMain whose tests all run git.
func Setenv() {
	for _, kv := range os.Environ() {
		if name, _, _ := strings.Cut(kv, "="); strings.HasPrefix(name, "GIT_") {
			os.Unsetenv(name)
		}
	}
	for _, kv := range Vars() {
		name, value, _ := strings.Cut(kv, "=")
		os.Setenv(name, value)
	}
}
