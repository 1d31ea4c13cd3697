import Testing

@testable import ConsultKit

@Suite struct XMLTextTests {
    @Test func escapesTheFiveMarkupCharacters() {
        #expect(
            XMLText.escaped("<a href=\"x\">Tom & Jerry's</a>")
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;")
    }

    @Test func dropsCharactersXMLForbidsButKeepsWhitespace() {
        #expect(XMLText.escaped("a\u{0}b\u{1}c\u{B}d\u{C}e\u{1F}f\u{FFFE}g\u{FFFF}h") == "abcdefgh")
        #expect(XMLText.escaped("tab\tline\ncr\r") == "tab\tline\ncr\r")
        #expect(XMLText.escaped("émoji 🎉 \u{E000}") == "émoji 🎉 \u{E000}")
    }

    @Test func flattensWhitespaceInAttributes() {
        #expect(XMLText.attribute("Two\nlines\tand \"quotes\"") == "Two lines and &quot;quotes&quot;")
    }
}
