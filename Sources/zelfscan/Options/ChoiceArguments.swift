import ArgumentParser
import ZelfscanCore

// The core's closed sets of words, read by the parser: it refuses any other value with the list
// of valid ones and lists them in the help.

extension CellComparison.Grouping: ExpressibleByArgument {}

extension Workspace.Level: ExpressibleByArgument {}
