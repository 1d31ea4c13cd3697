import Testing

@testable import ConsultKit

@Suite struct StringMatchingTests {
    @Test func foldsCaseSpacesHyphensAndUnderscores() {
        #expect("  Strongly   AGREE ".matchKey == "strongly agree")
        #expect("strongly-agree".matchKey == "strongly agree")
        #expect("strongly__agree".matchKey == "strongly agree")
        #expect("Tower\u{00A0}Hamlets\t".matchKey == "tower hamlets")
        #expect("".matchKey == "")
    }

    @Test func straightensCurlyQuotes() {
        #expect("Don’t know".matchKey == "don't know")
        #expect("“Option 2”".matchKey == "\"option 2\"")
    }

    @Test func trimsEveryKindOfSpace() {
        #expect(" \t text \r\n".trimmingSpaces() == "text")
        #expect("   ".trimmingSpaces() == "")
    }
}
