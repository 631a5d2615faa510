import ArvioCore
import Testing

struct CSVTextTests {
    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("-", "'-"), ("-inf", "'-inf"), ("+1e", "'+1e"),
        ("-0.25", "-0.25"), ("+3", "+3"), ("-1e-5", "-1e-5"), ("-.5", "-.5"), ("plain", "plain"), ("a=b", "a=b"), ("", ""),
    ])
    func formulaLeadingTextIsNeutralisedAndNumbersAreNot(text: String, written: String) {
        #expect(CSVText.neutralised(text) == written)
        #expect(CSVText.restored(CSVText.neutralised(text)) == text)
    }
}
