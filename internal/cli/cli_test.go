package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/cli"
	"github.com/pinatascan/pinatascan/internal/testcred"
)

// creds is one set of synthetic credentials for a test.
type creds struct {
	Key, Secret               string // an API key and its secret
	JWT, JWTKey, JWTSecret    string
	Email, User, GatewayToken string
	vars                      map[string]string
}

func newCreds() *creds {
	c := &creds{Key: testcred.Key(), Secret: testcred.Secret(), GatewayToken: testcred.GatewayToken()}
	c.User, c.Email = testcred.UUID(), "dev.person"+testcred.Hex(6)+"@example.com"
	now := time.Now()
	c.JWT, c.JWTKey, c.JWTSecret = testcred.JWT(testcred.JWTOptions{
		UserID: c.User, Email: c.Email, IssuedAt: now, ExpiresAt: now.AddDate(1, 0, 0),
	})
	c.vars = map[string]string{
		"KEY": c.Key, "SECRET": c.Secret, "JWT": c.JWT, "JWT_KEY": c.JWTKey,
		"JWT_SECRET": c.JWTSecret, "JWT_EMAIL": c.Email, "GATEWAY_TOKEN": c.GatewayToken,
	}
	return c
}

func (c *creds) expand(s string) string {
	return os.Expand(s, func(k string) string { return c.vars[k] })
}

// run runs the CLI in process in a fresh directory holding files (their
// contents expanded with c) and returns exit code, stdout and stderr.
func run(t *testing.T, c *creds, files map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(t.TempDir())
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(c.expand(content)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	code := cli.Run(args, strings.NewReader(c.expand(stdin)), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

const leakyEnv = "PINATA_API_KEY=${KEY}\nPINATA_SECRET_API_KEY=${SECRET}\nPINATA_JWT=${JWT}\n"

func TestRun(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		stdin    string
		args     []string
		code     int
		stdout   []string // regexps that must match stdout; "" means stdout must be empty
		stderr   []string // likewise for stderr
		noStdout bool
	}{
		{
			name:   "no arguments is a usage error",
			code:   2,
			stderr: []string{`(?m)^Commands:`, `(?m)^  scan `},
		},
		{
			name:   "--help lists the commands",
			args:   []string{"--help"},
			stdout: []string{`(?m)^  scan `, `(?m)^  version `, `(?m)^  help `},
			stderr: []string{""},
		},
		{
			name:   "unknown command",
			args:   []string{"scna"},
			code:   2,
			stderr: []string{`unknown command "scna"`},
		},
		{
			name:   "version",
			args:   []string{"--version"},
			stdout: []string{`^pinatascan \S+ go1\.`},
		},
		{
			name:   "scan --help documents flags and exit codes",
			args:   []string{"scan", "-h"},
			stdout: []string{`(?m)^Exit codes:`, `(?m)^  0  nothing found`, `(?m)^  1  credentials found`, `(?m)^  --no-redact$`},
			stderr: []string{""},
		},
		{
			name:   "bad flag",
			args:   []string{"scan", "--fromat", "json"},
			code:   2,
			stdout: []string{""},
			stderr: []string{`^pinatascan scan: unknown flag "--fromat"; did you mean --format\?\n`},
		},
		{
			name:   "an unknown flag is echoed cut short and quoted",
			args:   []string{"scan", "--" + strings.Repeat("x", 5000) + "\x1b]52;c;eA==\x07"},
			code:   2,
			stdout: []string{""},
			stderr: []string{`^pinatascan scan: unknown flag "--x{16}…"; if it is a value, not a flag, put it after --\n`},
		},
		{
			name:   "unknown format fails before scanning",
			files:  map[string]string{".env": leakyEnv},
			args:   []string{"scan", "--format", "yaml"},
			code:   2,
			stdout: []string{""},
			stderr: []string{`unknown format "yaml"`},
		},
		{
			name:   "clean directory is the default path",
			files:  map[string]string{"README.md": "# hello\n", "src/app.js": "const jwt = process.env.PINATA_JWT;\n"},
			args:   []string{"scan"},
			stdout: []string{`^# pinatascan report\nno findings; scanned 2 files, \d+ B\n$`},
			stderr: []string{""},
		},
		{
			name:   "findings exit 1",
			files:  map[string]string{"cfg/.env": leakyEnv},
			args:   []string{"scan"},
			code:   1,
			stdout: []string{`(?m)^cfg/\.env:1:16: api-key \[key ${KEY}\] `, `(?m)^cfg/\.env:3:12: jwt \[key ${JWT_KEY}\] `, `(?m)^3 findings .* in 1 file; scanned 1 file`},
			stderr: []string{""},
		},
		{
			name:   "flags after paths",
			files:  map[string]string{".env": leakyEnv},
			args:   []string{"scan", ".", "--format", "json", "--no-redact"},
			code:   1,
			stdout: []string{`"value": "${SECRET}"`},
		},
		{
			name:   "everything after -- is a path",
			files:  map[string]string{".env": leakyEnv},
			args:   []string{"scan", "--", "--format"},
			code:   2,
			stderr: []string{`(?m)^pinatascan: --format: no such file or directory$`},
		},
		{
			name:   "findings and a problem exit 2, findings still reported",
			files:  map[string]string{".env": leakyEnv},
			args:   []string{"scan", ".env", "gone"},
			code:   2,
			stdout: []string{`(?m)^\.env:3:12: jwt`, `; 1 problem \(could not read everything\)`},
			stderr: []string{`(?m)^pinatascan: gone: no such file or directory$`},
		},
		{
			name:   "stdin",
			stdin:  "PINATA_JWT=${JWT}\n",
			args:   []string{"scan", "-"},
			code:   1,
			stdout: []string{`(?m)^-:1:12: jwt \[key ${JWT_KEY}\] `},
		},
		{
			name:   "a secret in one file is linked to the JWT in another",
			files:  map[string]string{"a.env": "PINATA_JWT=${JWT}\n", "b.env": "PINATA_SECRET_API_KEY=${JWT_SECRET}\n"},
			args:   []string{"scan", "a.env", "b.env"},
			code:   1,
			stdout: []string{`(?m)^b\.env:1:23: api-secret \[key ${JWT_KEY}\] `},
		},
		{
			name:     "--output",
			files:    map[string]string{".env": leakyEnv},
			args:     []string{"scan", "--output", "out.txt", ".env"},
			code:     1,
			noStdout: true,
			stderr:   []string{`(?m)^pinatascan: 3 findings .*; report written to out\.txt$`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCreds()
			code, stdout, stderr := run(t, c, tt.files, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			check := func(what, got string, res []string) {
				for _, re := range res {
					if re == "" {
						if got != "" {
							t.Errorf("%s not empty:\n%s", what, got)
						}
						continue
					}
					if !regexp.MustCompile(c.expand(re)).MatchString(got) {
						t.Errorf("%s does not match %s:\n%s", what, re, got)
					}
				}
			}
			check("stdout", stdout, tt.stdout)
			check("stderr", stderr, tt.stderr)
			if tt.noStdout && stdout != "" {
				t.Errorf("stdout not empty:\n%s", stdout)
			}
		})
	}
}

// leakFiles put every kind of credential in the places they leak, in plain
// and encoded forms.
var leakFiles = map[string]string{
	".env":        leakyEnv,
	"app/pin.js":  "const url = `https://x.mypinata.cloud/ipfs/${cid}?pinataGatewayToken=${GATEWAY_TOKEN}`;\n",
	"pinata.yaml": "pinata:\n  api_key: ${KEY}\n  secret: ${SECRET}\n",
	"README.md":   "```sh\ncurl -H 'Authorization: Bearer ${JWT}' https://api.pinata.cloud/data/testAuthentication\n```\n",
}

// TestNoSecretInOutput: by default no secret, token, JWT or e-mail appears
// in full in any format, on stdout, stderr or in --output; --no-redact
// shows them.
func TestNoSecretInOutput(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			c := newCreds()
			secrets := map[string]string{
				"secret": c.Secret, "JWT": c.JWT, "JWT's secret": c.JWTSecret,
				"gateway token": c.GatewayToken, "e-mail": c.Email,
			}
			code, stdout, stderr := run(t, c, leakFiles, "", "scan", "--format", format, "--output", "report.out", ".")
			if code != 1 {
				t.Fatalf("exit code %d, want 1\n%s", code, stderr)
			}
			file, err := os.ReadFile("report.out")
			if err != nil {
				t.Fatal(err)
			}
			code, stdout2, stderr2 := run(t, c, leakFiles, "", "scan", "--format", format, ".")
			if code != 1 {
				t.Fatalf("exit code %d, want 1\n%s", code, stderr2)
			}
			all := stdout + stderr + string(file) + stdout2 + stderr2
			for name, s := range secrets {
				if strings.Contains(all, s) {
					t.Errorf("the %s appears in full in the %s output", name, format)
				}
			}
			if !strings.Contains(stdout2, c.JWTKey) {
				t.Errorf("the key id to revoke is missing:\n%s", stdout2)
			}

			_, stdout, _ = run(t, c, leakFiles, "", "scan", "--format", format, "--no-redact", ".")
			for name, s := range secrets {
				if name == "JWT's secret" {
					continue // only inside the JWT, which is shown whole
				}
				if !strings.Contains(stdout, s) {
					t.Errorf("--no-redact: the %s is not shown in the %s output", name, format)
				}
			}
		})
	}
}

// TestJSONOutput decodes the JSON report and checks its fields.
func TestJSONOutput(t *testing.T) {
	c := newCreds()
	code, stdout, stderr := run(t, c, leakFiles, "", "scan", "--format", "json")
	if code != 1 {
		t.Fatalf("exit code %d\n%s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			Kind, Path, Value, Fingerprint, Encoding, Rule string
			KeyID                                          string `json:"key_id"`
			Line, Column                                   int
			JWT                                            *struct {
				KeyID     string     `json:"key_id"`
				UserID    string     `json:"user_id"`
				Email     string     `json:"email"`
				IssuedAt  *time.Time `json:"issued_at"`
				ExpiresAt *time.Time `json:"expires_at"`
				Expired   *bool      `json:"expired"`
			}
		}
		Stats    map[string]int64
		Problems []string
		Partial  *bool
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	kinds := map[string]int{}
	for _, f := range rep.Findings {
		kinds[f.Kind]++
		if f.Path == "" || f.Line < 1 || f.Column < 1 || f.Value == "" || len(f.Fingerprint) != 32 || f.Encoding == "" || f.Rule == "" {
			t.Errorf("incomplete finding %+v", f)
		}
		if f.Kind != "gateway-token" && f.KeyID == "" {
			t.Errorf("%s finding without key id", f.Kind)
		}
		if f.Kind == "jwt" {
			j := f.JWT
			if j == nil || j.KeyID != c.JWTKey || j.UserID != c.User || j.Email == "" || j.IssuedAt == nil || j.ExpiresAt == nil || j.Expired == nil || *j.Expired {
				t.Errorf("jwt object %+v", j)
			}
		} else if f.JWT != nil {
			t.Errorf("%s finding has a jwt object", f.Kind)
		}
	}
	for _, k := range []string{"jwt", "api-key", "api-secret", "gateway-token"} {
		if kinds[k] == 0 {
			t.Errorf("no %s finding in %v", k, kinds)
		}
	}
	if rep.Stats["files"] != 4 || rep.Stats["bytes"] == 0 || rep.Problems == nil || len(rep.Problems) != 0 || rep.Partial == nil {
		t.Errorf("stats %v, problems %v, partial %v", rep.Stats, rep.Problems, rep.Partial)
	}
}
