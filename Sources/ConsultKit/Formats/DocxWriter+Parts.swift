/// The small fixed parts of the package: settings, footer, numbering and document properties.
extension DocxWriter {
    /// `word/settings.xml`: Word 2013+ layout rules, and the document's language for proofing.
    static func settingsXML(language: String) -> String {
        declaration + "<w:settings xmlns:w=\"\(wordNamespace)\">"
            + "<w:zoom w:percent=\"100\"/>"
            + "<w:defaultTabStop w:val=\"720\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
            + " w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"\(XMLText.attribute(language))\"/>"
            + "</w:settings>"
    }

    /// `word/footer1.xml`: a centred "Page X of Y", with the numbers as PAGE and NUMPAGES fields.
    static let footerXML: String =
        declaration + "<w:ftr xmlns:w=\"\(wordNamespace)\">"
        + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>" + field("PAGE")
        + "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>" + field("NUMPAGES")
        + "</w:p></w:ftr>"

    /// `word/numbering.xml`: one bullet list (numId 1) with a round bullet at each of three levels.
    static let numberingXML: String = {
        let levels = [("\u{2022}", 720), ("\u{2013}", 1440), ("\u{25E6}", 2160)].enumerated().map { level, item in
            "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
                + "<w:lvlText w:val=\"\(item.0)\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"\(item.1)\" w:hanging=\"360\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" w:hint=\"default\"/></w:rPr>"
                + "</w:lvl>"
        }
        return declaration + "<w:numbering xmlns:w=\"\(wordNamespace)\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + levels.joined() + "</w:abstractNum>"
            + "<w:num w:numId=\"\(bulletNumberingID)\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "</w:numbering>"
    }()

    /// The `w:numId` of the bullet list.
    static let bulletNumberingID = 1

    /// `docProps/core.xml`: title, author and language; no dates, so the output stays reproducible.
    static func coreXML(_ document: Document) -> String {
        declaration
            + "<cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.attribute(document.title))</dc:title>"
            + "<dc:creator>\(XMLText.attribute(document.author))</dc:creator>"
            + "<dc:language>\(XMLText.attribute(document.language))</dc:language>"
            + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`: names the application that wrote the file.
    static let appXML: String =
        declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
        + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        + "<Application>consult</Application></Properties>"

    /// A complex field whose result Word and LibreOffice recompute when they lay out the page.
    private static func field(_ instruction: String) -> String {
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>1</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }
}
