/// Column names shared by the export's tables, and the wide-table name of each item.
public enum ExportColumns {
    public static let municipality = "municipality"
    public static let year = "year"
    public static let group = "belfius_group"
    public static let province = "province"
    public static let level = "level"
    public static let respondent = "respondent"
    public static let roleGroup = "role_group"

    /// Context items whose answer restates the cell's level: withheld wherever the level was
    /// removed for k-anonymity, or they would put it back.
    public static let levelItems: Set<String> = ["context.level"]

    /// The quasi-identifiers, in key order.
    public static let quasiIdentifiers = [group, province, level, year]

    /// Leading columns of every data table, with their types.
    public static let descriptors: [ExportTable.Column] = [
        .init(municipality, .text), .init(year, .integer), .init(group, .text), .init(province, .text), .init(level, .text),
    ]

    /// `trust.safe-to-share` → `trust_safe_to_share`: a name R, pandas and SQL accept unquoted.
    public static func wideName(_ itemID: String, option: String? = nil) -> String {
        let full = option.map { itemID + "." + $0 } ?? itemID
        return String(full.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
