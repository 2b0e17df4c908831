package cli

import "context"

var helpCommand = &Command{
	Name:    "help",
	Args:    "[COMMAND]",
	Summary: "list the commands, or show one command's flags and exit codes",
	Help:    "Without COMMAND, lists the commands; with it, shows that command's help.\n",
	Run:     runHelp,
}

func runHelp(ctx context.Context, inv *Invocation) int {
	rest, code, ok := inv.Parse(inv.FlagSet())
	if !ok {
		return code
	}
	switch len(rest) {
	case 0:
		writeUsage(inv.Stdout)
		return exitClean
	case 1:
		cmd := lookup(rest[0])
		if cmd == nil {
			return inv.UsageError("%s", unknownCommand(rest[0]))
		}
		return cmd.Run(ctx, &Invocation{Env: inv.Env, Cmd: cmd, Args: []string{"--help"}})
	default:
		return inv.UsageError("too many arguments")
	}
}
