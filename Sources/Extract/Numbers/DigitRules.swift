/// Reading numbers written in digits with Vietnamese separators.
///
/// "1.234" and "1.234.567" are thousands (dot groups of three), "12,5" a
/// decimal comma, "1.234,5" both; a dot not followed by groups of three
/// ("6.1", "12.5") is read as an English decimal point. Leading zeros
/// ("06") are kept out of the value only.
enum DigitRules {
    /// Reads `s` (digits, "." and "," only; a leading "," is allowed: ",77").
    static func value(_ s: Substring) -> Double? {
        // Plain ASCII digits (most number tokens): the integer read as is.
        if !s.isEmpty, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard let v = Double(String(s)), v.isFinite else { return nil }   // hundreds of digits: no number
            return v
        }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              s.contains(where: \.isNumber) else { return nil }
        let commas = s.filter { $0 == "," }.count
        let dots = s.filter { $0 == "." }.count
        var intPart = "", fracPart = ""
        if commas == 1 && dots == 0 || commas == 1 && dots > 0 && s.lastIndex(of: ",")! > s.lastIndex(of: ".")! {
            // Decimal comma, dots (if any) group thousands.
            let parts = s.split(separator: ",", omittingEmptySubsequences: false)
            guard dots == 0 || groupsOfThree(parts[0]) else { return nil }
            intPart = parts[0].filter { $0 != "." }
            fracPart = String(parts[1])
        } else if commas == 0 && dots >= 1 {
            if groupsOfThree(s) { intPart = s.filter { $0 != "." } }
            else if dots == 1 {
                let parts = s.split(separator: ".", omittingEmptySubsequences: false)
                intPart = String(parts[0]); fracPart = String(parts[1])
            } else { return nil }
        } else if commas >= 2 && dots == 0 {
            // English thousands "1,234,567".
            let parts = s.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.dropFirst().allSatisfy({ $0.count == 3 }), !parts[0].isEmpty else { return nil }
            intPart = s.filter { $0 != "," }
        } else if commas == 0 && dots == 0 {
            intPart = String(s)
        } else { return nil }
        guard intPart.allSatisfy(\.isNumber), fracPart.allSatisfy(\.isNumber),
              !(intPart.isEmpty && fracPart.isEmpty) else { return nil }
        // Hundreds of digits overflow to infinity, which no record can hold: not a number.
        guard let v = Double((intPart.isEmpty ? "0" : intPart) + (fracPart.isEmpty ? "" : "." + fracPart)), v.isFinite else { return nil }
        return v
    }

    /// "1.234.567": a first group of 1–3 digits then dot groups of exactly three.
    static func groupsOfThree(_ s: Substring) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, (1...3).contains(parts[0].count) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Multipliers written after digits: "100K", "3M", ",0012G".
    static func suffixMultiplier(_ c: Character) -> Double? {
        switch c {
        case "k", "K": return 1_000
        case "m", "M": return 1_000_000
        case "g", "G": return 1_000_000_000
        default: return nil
        }
    }
}
