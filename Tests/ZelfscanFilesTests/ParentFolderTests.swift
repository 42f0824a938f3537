import Testing
import ZelfscanFiles

@Suite("the folder a typed path is in")
struct ParentFolderTests {
    @Test(arguments: [
        ("K", "."), ("ab", "."), ("./K", "."), ("a/K", "a"), ("a/b/c", "a/b"), ("/K", "/"), ("/a/K", "/a"),
        ("a/b/", "a"), ("a//b", "a"), ("/", "/"), ("//K", "/"), ("../K", ".."),
    ])
    func matchesDirname(path: String, parent: String) {
        #expect(parentFolder(of: path) == parent)
    }
}
