/// How the two report formats write a `ReportBlock`, each with its own escaping.
extension ReportBlock {
    func markdown(_ escape: (String) -> String) -> [String] {
        var out = ["## \(escape(heading))", "", escape(introduction), ""]
        for row in rows {
            out += ["### \(escape(row.title))", ""] + row.lines.map { "- " + escape($0) } + [""]
        }
        return out
    }

    func html(_ escape: (String) -> String) -> [String] {
        var out = ["<section class=\"block\">", "<h2>\(escape(heading))</h2>", "<p>\(escape(introduction))</p>"]
        for row in rows {
            out += ["<h3>\(escape(row.title))</h3>", "<ul>"] + row.lines.map { "<li>\(escape($0))</li>" } + ["</ul>"]
        }
        return out + ["</section>"]
    }
}
