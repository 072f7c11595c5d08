// The format is the protocol library's, shared with the target; the tap's files that log name it without importing that namespace each.
global using LogFormat = Zendesk.Singer.Protocol.Cli.LogFormat;
