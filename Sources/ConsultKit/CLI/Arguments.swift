/// A command line split into options, flags and operands, checked against what the command accepts.
public struct Arguments: Sendable, Equatable {
    /// Option values by name (without dashes); a repeated option keeps every value.
    public var options: [String: [String]] = [:]
    /// Flags that were given (without dashes).
    public var flags: Set<String> = []
    /// Operands (file names and the like), in order.
    public var operands: [String] = []

    /// What a command accepts.
    public struct Spec: Sendable {
        /// Options that take a value.
        public var options: [String]
        /// Options that take no value.
        public var flags: [String]
        /// Whether operands are allowed.
        public var takesOperands: Bool

        /// Creates a spec.
        public init(options: [String], flags: [String] = [], takesOperands: Bool = false) {
            self.options = options
            self.flags = flags
            self.takesOperands = takesOperands
        }
    }

    /// Parses `--name value`, `--name=value`, `--flag` and operands; `--` ends options.
    public init(parsing arguments: [String], spec: Spec) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard !optionsEnded, argument.hasPrefix("--") else {
                guard spec.takesOperands else { throw UsageError("unexpected argument '\(argument)'") }
                operands.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if spec.flags.contains(name) {
                guard inlineValue == nil else { throw UsageError("--\(name) takes no value") }
                flags.insert(name)
            } else if spec.options.contains(name) {
                if let inlineValue {
                    options[name, default: []].append(inlineValue)
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw UsageError("--\(name) needs a value")
                    }
                    options[name, default: []].append(arguments[index])
                    index += 1
                }
            } else {
                let known = (spec.options + spec.flags).map { "--" + $0 }
                throw UsageError("unknown option '--\(name)'." + Suggestion.hint(for: "--" + name, among: known))
            }
        }
    }

    /// The last value of an option, if given.
    public func value(_ name: String) -> String? { options[name]?.last }

    /// The value of an option that must be given.
    public func required(_ name: String) throws(UsageError) -> String {
        guard let value = value(name), !value.trimmingSpaces().isEmpty else {
            throw UsageError("--\(name) is required")
        }
        return value
    }

    /// The value of an option that must be one of `choices`.
    public func choice(_ name: String, in choices: [String], default fallback: String) throws(UsageError) -> String {
        guard let value = value(name) else { return fallback }
        guard choices.contains(value) else {
            throw UsageError("--\(name) must be \(Vocabulary.list(choices)), not '\(value)'")
        }
        return value
    }
}

/// A mistake in how a command was called; exit code 2.
public struct UsageError: Error, Equatable, Sendable {
    /// What was wrong, in plain English.
    public var message: String

    /// Creates a usage error.
    public init(_ message: String) { self.message = message }
}
