import Testing

@testable import reglab
