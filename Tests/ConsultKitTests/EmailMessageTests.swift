import Foundation
import Testing

@testable import ConsultKit

@Suite struct EmailMessageTests {
    @Test func readsThunderbirdAlternativeWithQuotedPrintableFlowedText() throws {
        let message = try Self.fixture("thunderbird-alternative.eml")
        #expect(message.from == "=?UTF-8?Q?Si=c3=a2n_Jones?= <sian.jones@example.org>")
        #expect(message.senderName == "Siân Jones")
        #expect(message.senderAddress == "sian.jones@example.org")
        #expect(message.subject == "Response to the ‘Integrating care’ consultation")
        #expect(message.date == Day(year: 2021, month: 1, day: 4))
        #expect(
            message.bodyText == """
                Dear Engagement Team,

                I’m writing on behalf of the Friends of Riverside Community Hospital in response to the \
                ‘Integrating care’ consultation. We have around 400 members, most of whom rely on the \
                hospital’s outpatient clinics.

                We support option 2, but only if the £2.4 million promised for community services is \
                ring-fenced and the local authority keeps a seat on the board.

                Kind regards,

                Siân Jones
                Secretary, Friends of Riverside Community Hospital

                -- 
                Friends of Riverside Community Hospital, registered charity no. 1234567
                """)
    }

    @Test func readsOutlookBase64InWindows1252() throws {
        let message = try Self.fixture("outlook-windows-1252.eml")
        #expect(message.senderName == "O'Brien, Mary")
        #expect(message.senderAddress == "mary.obrien@example.com")
        #expect(message.subject == "Option 1 – comments from Riverside Residents’ Association")
        #expect(message.date == Day(year: 2021, month: 1, day: 12))
        #expect(
            message.bodyText == """
                Dear Sir or Madam,

                I am responding on behalf of Riverside Residents’ Association (about 1,200 households).

                Our members’ main concerns are:

                •\tthe “single front door” for social care – nobody has explained how it will work;
                •\tthe proposed closure of the café at the health centre;
                •\tthe £15 parking charge for blue badge holders.

                We prefer option 1.

                Yours faithfully

                Mary O’Brien
                Chair, Riverside Residents’ Association
                """)
    }

    @Test func takesThePlainTextOfANestedAlternativeAndSkipsThePDF() throws {
        let message = try Self.fixture("exchange-mixed-attachment.eml")
        #expect(message.senderName == "Dr Alex Patel")
        #expect(message.senderAddress == "alex.patel@example-gp.nhs.uk")
        #expect(message.subject == "RE: Consultation response - Northfield PCN")
        #expect(message.date == Day(year: 2021, month: 1, day: 8))
        #expect(
            message.bodyText.hasPrefix(
                """
                Hello,

                Please find attached the response of Northfield Primary Care Network to the consultation on \
                integrating care. In summary, our eight practices support option 2, provided that primary care \
                has a formal seat on the partnership board and that the additional funding follows patients \
                into the community.

                Best wishes,
                """))
        #expect(message.bodyText.hasSuffix("Dear colleague, please send your response by 15 January."))
        #expect(!message.bodyText.contains("PDF"))
    }

    @Test func turnsAnHTMLOnlyMessageIntoText() throws {
        let message = try Self.fixture("html-only.eml")
        #expect(message.senderName == nil)
        #expect(message.senderAddress == "jo.bloggs@example.net")
        #expect(message.date == Day(year: 2021, month: 1, day: 15))
        #expect(
            message.bodyText == """
                Hello,

                I don't agree with moving the walk-in centre to Northfield. The bus costs £3.50 each way & \
                takes an hour, and the "virtual ward" is no substitute for a nurse you can see.

                Jo Bloggs
                Flat 2, 14 Mill Lane – Riverside
                """)
    }

    @Test func rejectsAFileThatIsNotAnEmail() {
        let text = Array("Dear Sir,\nI object to option 2.\n".utf8)
        #expect(throws: EmailError.notAnEmail(source: "letters/objection.eml")) {
            try EmailMessage(parsing: text, source: "letters/objection.eml")
        }
        #expect(
            EmailError.notAnEmail(source: "letters/objection.eml").description == """
                letters/objection.eml: error: not an e-mail: the file does not start with header lines such \
                as 'From:' and 'Subject:'
                  note: save the message from the mail program as an .eml file (in Outlook on the web or \
                Thunderbird: 'Save as' or 'Download'), or copy its text into a .txt file
                """)
        #expect(throws: EmailError.outlookMessage(source: "a.msg")) {
            try EmailMessage(parsing: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], source: "a.msg")
        }
    }

    @Test func rejectsAMessageWhoseOnlyContentIsAnAttachment() {
        let eml = Self.crlf(
            """
            From: someone@example.org
            Subject: see attached
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: application/pdf; name="letter.pdf"
            Content-Disposition: attachment; filename="letter.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --b1
            Content-Type: text/plain; name="notes.txt"
            Content-Disposition: attachment; filename="notes.txt"

            not the letter
            --b1--
            """)
        let expected = EmailError.noReadableText(
            source: "in/letter.eml", parts: ["application/pdf ('letter.pdf')", "text/plain ('notes.txt')"])
        #expect(throws: expected) { try EmailMessage(parsing: eml, source: "in/letter.eml") }
        #expect(
            expected.message
                == "no readable text in the e-mail: it has only application/pdf ('letter.pdf'), text/plain ('notes.txt')"
        )
    }

    @Test func prefersHTMLToAPlainTextAttachment() throws {
        let eml = Self.crlf(
            """
            From: someone@example.org
            Content-Type: multipart/mixed; boundary=outer

            preamble to ignore
            --outer
            Content-Type: text/plain; charset=utf-8
            Content-Disposition: attachment; filename="notes.txt"

            not the letter
            --outer
            Content-Type: text/html

            <p>The <b>letter</b>.</p><script>alert("no")</script>
            --outer--
            epilogue to ignore
            """)
        #expect(try EmailMessage(parsing: eml, source: "x.eml").bodyText == "The letter.")
    }

    @Test func unfoldsHeadersAndMatchesNamesInAnyCase() throws {
        let eml = Self.crlf(
            """
            SUBJECT: A long subject that
             was folded
            from: "Smith, J \\"Jo\\"" <jo@example.org>
            date: 1 Feb 2021 10:00:00 GMT

            Body
            """)
        let message = try EmailMessage(parsing: eml, source: "x.eml")
        #expect(message.subject == "A long subject that was folded")
        #expect(message.senderName == "Smith, J \"Jo\"")
        #expect(message.senderAddress == "jo@example.org")
        #expect(message.date == Day(year: 2021, month: 2, day: 1))
        #expect(message.bodyText == "Body")
    }

    @Test func readsTheSenderInEveryCommonForm() {
        #expect(Mailbox(parsing: "jo@example.org") == Mailbox(name: nil, address: "jo@example.org"))
        #expect(Mailbox(parsing: "jo@example.org (Jo Bloggs)") == Mailbox(name: "Jo Bloggs", address: "jo@example.org"))
        #expect(Mailbox(parsing: "Jo Bloggs <jo@example.org>") == Mailbox(name: "Jo Bloggs", address: "jo@example.org"))
        #expect(
            Mailbox(parsing: "=?UTF-8?B?U2nDom4gSm9uZXM=?= <sian@example.org>")
                == Mailbox(name: "Siân Jones", address: "sian@example.org"))
        #expect(Mailbox(parsing: "Undisclosed sender") == Mailbox(name: "Undisclosed sender", address: nil))
    }

    @Test func readsDateHeaders() {
        #expect(Day(emailDate: "Mon, 4 Jan 2021 16:02:11 +0000") == Day(year: 2021, month: 1, day: 4))
        #expect(Day(emailDate: "Mon,  4 Jan 2021 16:02:14 +0000 (GMT)") == Day(year: 2021, month: 1, day: 4))
        #expect(Day(emailDate: "15 Jan 21 08:30 +0000") == Day(year: 2021, month: 1, day: 15))
        #expect(Day(emailDate: "Thu, 31 Dec 98 23:59:59 -0500") == Day(year: 1998, month: 12, day: 31))
        #expect(Day(emailDate: "31 Feb 2021 10:00 +0000") == nil)
        #expect(Day(emailDate: "yesterday") == nil)
    }

    @Test func undoesFormatFlowed() {
        let wrapped = "A long line that \nwas wrapped.\n> quoted and \n> wrapped\n-- \nsig"
        #expect(
            FlowedText.unwrap(wrapped, deleteSpace: false)
                == "A long line that was wrapped.\n> quoted and wrapped\n-- \nsig")
        #expect(FlowedText.unwrap("split \nword", deleteSpace: true) == "splitword")
        #expect(FlowedText.unwrap("  stuffed", deleteSpace: false) == " stuffed")
    }
}

private extension EmailMessageTests {
    /// Loads a fixture from the test bundle (`Fixtures/Email/<name>`).
    static func fixture(_ name: String) throws -> EmailMessage {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/Email"))
        return try EmailMessage(parsing: [UInt8](Data(contentsOf: url)), source: name)
    }

    /// The text with CRLF line ends, as mail is stored.
    static func crlf(_ text: String) -> [UInt8] {
        Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
}
