/// `word/styles.xml`: the named styles the body refers to, in NHS and council house style.
///
/// Word's built-in style names ("heading 1", "caption", "List Bullet") are used where one exists, so
/// the navigation pane, table of contents and style gallery treat them as Word's own.
extension DocxWriter {
    /// Dark blue for the title and headings.
    static let accentColour = "005EB8"
    /// Pale blue behind table header cells.
    static let headerShading = "DCE6F2"
    /// Pale yellow behind notes that say a passage was drafted by the tool.
    static let draftShading = "FFF2CC"
    /// Grey for table borders.
    static let borderColour = "A6A6A6"
    /// The table style's id.
    static let tableStyleID = "ConsultTable"

    /// The styles part, with the document's language as the proofing default.
    func stylesXML(language: String) -> String {
        let defaults =
            "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
            + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"\(XMLText.attribute(language))\"/>"
            + "</w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr>"
            + "</w:pPrDefault></w:docDefaults>"
        let styles = [
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/></w:style>",
            "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                + "<w:unhideWhenUsed/></w:style>",
            "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>"
                + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/>" + Self.cellMargins(vertical: 0) + "</w:tblPr></w:style>",
            "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
            Self.paragraphStyle(
                "Title", name: "Title",
                pPr: "<w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/><w:contextualSpacing/>",
                rPr: "<w:b/><w:bCs/><w:color w:val=\"\(Self.accentColour)\"/><w:kern w:val=\"28\"/>"
                    + "<w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/>"),
            Self.paragraphStyle(
                "Subtitle", name: "Subtitle", pPr: "<w:spacing w:after=\"60\"/>",
                rPr: "<w:color w:val=\"425563\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"),
            Self.heading(1, before: 360, after: 120, size: 32),
            Self.heading(2, before: 280, after: 100, size: 28),
            Self.heading(3, before: 240, after: 80, size: 24),
            Self.paragraphStyle(
                "ListBullet", name: "List Bullet", next: nil,
                pPr: "<w:numPr><w:numId w:val=\"\(Self.bulletNumberingID)\"/></w:numPr>"
                    + "<w:spacing w:after=\"60\"/>"),
            Self.paragraphStyle(
                "Quote", name: "Quote",
                pPr: "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"\(Self.accentColour)\"/>"
                    + "</w:pBdr><w:spacing w:before=\"120\" w:after=\"40\"/><w:ind w:left=\"567\" w:right=\"567\"/>",
                rPr: "<w:i/><w:iCs/><w:color w:val=\"404040\"/>"),
            Self.paragraphStyle(
                "QuoteAttribution", name: "Quote Attribution", basedOn: "Quote",
                pPr: "<w:spacing w:before=\"0\" w:after=\"200\"/>",
                rPr: "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"),
            Self.paragraphStyle(
                "Caption", name: "caption",
                pPr: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/>",
                rPr: "<w:b/><w:bCs/><w:color w:val=\"425563\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"),
            Self.paragraphStyle(
                "DraftNote", name: "Draft Note",
                pPr: "<w:keepNext/><w:pBdr>"
                    + Self.borders(["top", "left", "bottom", "right"], colour: "E2C16B", space: 3)
                    + "</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(Self.draftShading)\"/>"
                    + "<w:spacing w:before=\"120\" w:after=\"120\"/>",
                rPr: "<w:i/><w:iCs/><w:color w:val=\"5C4700\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"),
            Self.paragraphStyle(
                "TableText", name: "Table Text", next: nil,
                pPr: "<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/>",
                rPr: "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"),
            Self.paragraphStyle(
                "Footer", name: "footer", next: nil,
                pPr: "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>",
                rPr: "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
            Self.tableStyle,
        ]
        return Self.declaration + "<w:styles xmlns:w=\"\(Self.wordNamespace)\">" + defaults + styles.joined()
            + "</w:styles>"
    }

    /// Single half-point lines on the given sides, e.g. `top`, `insideH`, `space` points from the text.
    static func borders(_ sides: [String], colour: String = borderColour, space: Int = 0) -> String {
        sides.map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"\(space)\" w:color=\"\(colour)\"/>" }.joined()
    }

    /// Cell padding: `vertical` twips above and below, 108 (0.19 cm, Word's default) either side.
    static func cellMargins(vertical: Int) -> String {
        "<w:tblCellMar><w:top w:w=\"\(vertical)\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"\(vertical)\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
    }

    private static func heading(_ level: Int, before: Int, after: Int, size: Int) -> String {
        paragraphStyle(
            "Heading\(level)", name: "heading \(level)",
            pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"\(after)\"/>"
                + "<w:outlineLvl w:val=\"\(level - 1)\"/>",
            rPr: "<w:b/><w:bCs/><w:color w:val=\"\(level == 3 ? "231F20" : accentColour)\"/>"
                + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    private static func paragraphStyle(
        _ id: String, name: String, basedOn: String = "Normal", next: String? = "Normal", pPr: String = "",
        rPr: String = ""
    ) -> String {
        "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + "<w:basedOn w:val=\"\(basedOn)\"/>" + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "")
            + "<w:qFormat/>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")
            + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + "</w:style>"
    }

    /// Grid lines, a shaded bold header row and bold row headings; the body also applies these
    /// directly, since not every reader honours table style conditions.
    private static let tableStyle: String =
        "<w:style w:type=\"table\" w:styleId=\"\(tableStyleID)\"><w:name w:val=\"Consult Table\"/>"
        + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
        + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
        + "<w:tblPr><w:tblBorders>"
        + borders(["top", "left", "bottom", "right", "insideH", "insideV"])
        + "</w:tblBorders>" + cellMargins(vertical: 0) + "</w:tblPr>"
        + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr>"
        + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(headerShading)\"/></w:tcPr></w:tblStylePr>"
        + "<w:tblStylePr w:type=\"firstCol\"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>"
        + "</w:style>"
}
