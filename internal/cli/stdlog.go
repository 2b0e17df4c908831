package cli

import (
	"io"
	"log"
)

// pinatascan writes only through Env's streams, never the standard logger.
// But net/http logs to it what a server sends on an idle connection
// ("Unsolicited response received on idle HTTP channel starting with …"),
// and the answer to a live check can quote the credential it was sent: so
// the standard logger is silenced for the whole process.
func init() { log.SetOutput(io.Discard) }
