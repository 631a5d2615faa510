import Testing

@testable import ArvioCore

struct SuggestionTests {
    @Test(
        arguments: [("rovanimi", "rovaniemi"), ("VIDE", "VID"), ("categroy", "category"), ("zzzz", nil), ("T9", "T1"), ("X1", nil)]
            as [(String, String?)])
    func nearestCandidateIsALikelyTypo(word: String, expected: String?) {
        #expect(nearest(to: word, in: ["rovaniemi", "VID", "category", "kemi", "T1", "U1"]) == expected)
    }
}
