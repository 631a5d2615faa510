/// The scoring workbook's layout, shared by its writer (ArvioReports) and its reader (ArvioIO).
public enum ScoringWorkbookLayout {
    /// The marker in the hidden sheet's B1.
    public static let format = "arvio-scoring-workbook-1"
    /// The first data row of an area sheet (row 1 is the banner, row 2 the header); the score is in column E.
    public static let firstRow = 3
    public static let scoreColumn = "E"
    /// The sheet of the assessor's own weights as a stakeholder: row 1 the header (``weightColumns``, in columns A–H),
    /// then one number per row, as `arvio weights import` reads a CSV file.
    public static let weightsSheet = "painot"
    public static let weightColumns = ["stakeholder", "name", "importance", "technique", "area", "item", "versus", "value"]
}
