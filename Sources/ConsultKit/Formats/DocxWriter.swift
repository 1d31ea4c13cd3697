/// Writes a ``Document`` as a Word document (`.docx`, Office Open XML WordprocessingML).
///
/// The package opens in Microsoft Word and LibreOffice without repair prompts: A4 pages with
/// 2.54 cm margins, Arial 11 pt, built-in styles (Title, Heading 1–3, List Bullet, Quote, Caption)
/// so officers can restyle it, a "Page X of Y" footer, and tables whose header row repeats on
/// each page. The output holds no timestamps, so the same document always gives the same bytes.
public struct DocxWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The `.docx` file's bytes for `document`.
    public func write(_ document: Document) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(Self.contentTypes.utf8))
        zip.add("_rels/.rels", Array(Self.packageRelationships.utf8))
        zip.add("word/document.xml", Array(documentXML(document).utf8))
        zip.add("word/styles.xml", Array(stylesXML(language: document.language).utf8))
        zip.add("word/numbering.xml", Array(Self.numberingXML.utf8))
        zip.add("word/settings.xml", Array(Self.settingsXML(language: document.language).utf8))
        zip.add("word/footer1.xml", Array(Self.footerXML.utf8))
        zip.add("word/_rels/document.xml.rels", Array(Self.documentRelationships.utf8))
        zip.add("docProps/core.xml", Array(Self.coreXML(document).utf8))
        zip.add("docProps/app.xml", Array(Self.appXML.utf8))
        return zip.archive()
    }

    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// The WordprocessingML main namespace, bound to `w`.
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// The relationships namespace used inside parts, bound to `r`.
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// The relationship id of the footer in `document.xml.rels`.
    static let footerRelationshipID = "rId4"

    private static let contentTypes: String = {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        let overrides = [
            ("/word/document.xml", "\(main).document.main+xml"),
            ("/word/styles.xml", "\(main).styles+xml"),
            ("/word/numbering.xml", "\(main).numbering+xml"),
            ("/word/settings.xml", "\(main).settings+xml"),
            ("/word/footer1.xml", "\(main).footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        return declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
            + "</Types>"
    }()

    private static let packageRelationships = relationships([
        (
            "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
            "word/document.xml"
        ),
        (
            "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml"
        ),
        (
            "rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
            "docProps/app.xml"
        ),
    ])

    private static let documentRelationships = relationships([
        ("rId1", "\(relationshipNamespace)/styles", "styles.xml"),
        ("rId2", "\(relationshipNamespace)/numbering", "numbering.xml"),
        ("rId3", "\(relationshipNamespace)/settings", "settings.xml"),
        (footerRelationshipID, "\(relationshipNamespace)/footer", "footer1.xml"),
    ])

    private static func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"/>" }.joined()
            + "</Relationships>"
    }
}
