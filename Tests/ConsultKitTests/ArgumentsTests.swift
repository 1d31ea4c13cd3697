import Testing

@testable import ConsultKit

@Suite struct ArgumentsTests {
    private let spec = Arguments.Spec(options: ["format", "type"], flags: ["quiet"])

    @Test func readsOptionsFlagsAndBothValueForms() throws {
        let arguments = try Arguments(parsing: ["--format", "json", "--type=council", "--quiet"], spec: spec)
        #expect(arguments.options == ["format": ["json"], "type": ["council"]])
        #expect(arguments.flags == ["quiet"])
        #expect(arguments.operands == [])
        #expect(arguments.value("format") == "json")
        #expect(arguments.value("place") == nil)
    }

    @Test func aRepeatedOptionKeepsEveryValueAndTheLastWins() throws {
        let arguments = try Arguments(parsing: ["--type", "council", "--type", "trust"], spec: spec)
        #expect(arguments.options["type"] == ["council", "trust"])
        #expect(arguments.value("type") == "trust")
    }

    @Test func anInlineValueMayBeEmptyOrHoldAnEqualsSign() throws {
        let arguments = try Arguments(parsing: ["--format=", "--type=a=b"], spec: spec)
        #expect(arguments.value("format") == "")
        #expect(arguments.value("type") == "a=b")
    }

    @Test func operandsAreKeptInOrderWhenAllowed() throws {
        let spec = Arguments.Spec(options: ["format"], takesOperands: true)
        let arguments = try Arguments(parsing: ["a.md", "--format", "json", "b.md", "--", "--c.md"], spec: spec)
        #expect(arguments.operands == ["a.md", "b.md", "--c.md"])
        #expect(arguments.value("format") == "json")
    }

    @Test func rejectsAnUnknownOptionWithASuggestion() {
        #expect(throws: UsageError("unknown option '--formt'. Did you mean '--format'?")) {
            try Arguments(parsing: ["--formt", "json"], spec: spec)
        }
        #expect(throws: UsageError("unknown option '--quite'. Did you mean '--quiet'?")) {
            try Arguments(parsing: ["--quite"], spec: spec)
        }
    }

    @Test func rejectsAnUnknownOptionFarFromAnyWithoutASuggestion() {
        #expect(throws: UsageError("unknown option '--colour-scheme'.")) {
            try Arguments(parsing: ["--colour-scheme", "dark"], spec: spec)
        }
    }

    @Test func rejectsAnOptionWithoutItsValue() {
        #expect(throws: UsageError("--format needs a value")) { try Arguments(parsing: ["--format"], spec: spec) }
        #expect(throws: UsageError("--format needs a value")) {
            try Arguments(parsing: ["--format", "--quiet"], spec: spec)
        }
    }

    @Test func rejectsAFlagWithAValue() {
        #expect(throws: UsageError("--quiet takes no value")) { try Arguments(parsing: ["--quiet=yes"], spec: spec) }
    }

    @Test func rejectsOperandsWhenTheCommandTakesNone() {
        #expect(throws: UsageError("unexpected argument 'extra'")) {
            try Arguments(parsing: ["--format", "json", "extra"], spec: spec)
        }
        #expect(throws: UsageError("unexpected argument '-f'")) { try Arguments(parsing: ["-f"], spec: spec) }
    }

    @Test func requiredNeedsANonBlankValue() throws {
        let arguments = try Arguments(parsing: ["--type", "  ", "--format", "json"], spec: spec)
        #expect(try arguments.required("format") == "json")
        #expect(throws: UsageError("--type is required")) { try arguments.required("type") }
        #expect(throws: UsageError("--place is required")) { try arguments.required("place") }
    }

    @Test func choiceAcceptsOnlyTheListedValues() throws {
        let arguments = try Arguments(parsing: ["--format", "xml"], spec: spec)
        #expect(throws: UsageError("--format must be 'text' or 'json', not 'xml'")) {
            try arguments.choice("format", in: ["text", "json"], default: "text")
        }
        let none = try Arguments(parsing: [], spec: spec)
        #expect(try none.choice("format", in: ["text", "json"], default: "text") == "text")
    }
}
