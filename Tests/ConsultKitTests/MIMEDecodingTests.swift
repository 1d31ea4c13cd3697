import Testing

@testable import ConsultKit

@Suite struct MIMEDecodingTests {
    @Test func decodesQuotedPrintable() {
        let encoded = "caf=C3=A9 =e2=80=99 soft=\r\nbreak trailing   \r\nline= \r\nend 5=3D5 =ZZ ="
        #expect(
            String(decoding: QuotedPrintable.decode(Array(encoded.utf8)), as: UTF8.self)
                == "café ’ softbreak trailing\r\nlineend 5=5 =ZZ ")
        #expect(QuotedPrintable.decode(Array("a_b".utf8), underscoreIsSpace: true) == Array("a b".utf8))
    }

    @Test func decodesBase64IgnoringLineBreaks() {
        #expect(Base64.decode(Array("SGVs\r\nbG8s IHdv\ncmxk\r\n".utf8)) == Array("Hello, world".utf8))
        #expect(Base64.decode(Array("SGk=\r\n".utf8)) == Array("Hi".utf8))
    }

    @Test func decodesWindows1252AndMislabelledUTF8() {
        let bytes: [UInt8] = [0x80, 0x20, 0x85, 0x20, 0x91, 0x92, 0x93, 0x94, 0x20, 0x96, 0x97, 0x20, 0xA3, 0xE9]
        #expect(Charset(label: "Windows-1252").decode(bytes) == "€ … ‘’“” –— £é")
        #expect(Charset(label: "\"ISO-8859-1\"").decode([0x92, 0xA3]) == "’£")
        #expect(Charset(label: "utf-8").decode([0x63, 0x61, 0x66, 0xE9]) == "café")
        #expect(Charset(label: nil).decode(Array("Siân".utf8)) == "Siân")
    }

    @Test func decodesEncodedWordsInHeaders() {
        #expect(EncodedWords.decode("=?utf-8?Q?Si=C3=A2n_Jones?=") == "Siân Jones")
        #expect(EncodedWords.decode("=?UTF-8?B?U2nDom4=?= Jones") == "Siân Jones")
        #expect(EncodedWords.decode("=?utf-8?q?one?= \t =?utf-8?q?_two?=") == "one two")
        #expect(EncodedWords.decode("Re: =?windows-1252?Q?caf=E9?= plans") == "Re: café plans")
        #expect(EncodedWords.decode("price =?x?") == "price =?x?")
    }

    @Test func parsesContentTypeParameters() {
        let value = MIMEHeaderValue(
            parsing: "Multipart/Mixed; boundary=\"----=_Part_1; x\"; charset=UTF-8; name*=utf-8''r%C3%A9ponse.pdf")
        #expect(value.value == "multipart/mixed")
        #expect(value["boundary"] == "----=_Part_1; x")
        #expect(value["CHARSET"] == "UTF-8")
        #expect(value["name"] == "réponse.pdf")
    }

    @Test func stripsHTML() {
        let html = """
            <html><head><title>Hidden</title><style>p { color: red }</style></head>
            <body><!--[if mso]>hidden<![endif]--><p>One &amp; two&nbsp;&lt;three&gt;</p>
            <div>Line<br/>break &#163;5 &#x20AC;6 &quot;q&quot; &#39;s&#39; &unknown; AT&T</div>
            <SCRIPT type="text/javascript">document.write("x")</SCRIPT><table><tr><td>a</td><td>b</td></tr></table></body></html>
            """
        #expect(HTMLText.plainText(from: html) == "One & two <three>\nLine\nbreak £5 €6 \"q\" 's' &unknown; AT&T\na b")
    }
}
