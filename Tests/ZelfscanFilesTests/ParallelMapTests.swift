import Testing
import ZelfscanFiles

@Suite("Parallel map")
struct ParallelMapTests {
    @Test(arguments: [0, 1, 255, 256, 257, 10_000])
    func resultsKeepTheInputOrder(count: Int) async {
        let input = Array(0..<count)
        var reported: [Int] = []
        let output = await input.parallelMap(progress: { reported.append($0) }) { $0 * 2 }
        #expect(output == input.map { $0 * 2 })
        #expect(reported.last == (count == 0 ? nil : count))
    }
}
