#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9553:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 7532:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 2899:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 4219:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(2899)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 5882:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 6310:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(3936);
const utils = __nccwpck_require__(3211);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 667:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 3721:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(667);
const utils = __nccwpck_require__(3211);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 3936:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(117);
const parse = __nccwpck_require__(3721);
const utils = __nccwpck_require__(3211);
const constants = __nccwpck_require__(667);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 117:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(3211);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(667);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 3211:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(667);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 1091:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(5684)
const { safeRe: re, t } = __nccwpck_require__(1295)
const cmp = __nccwpck_require__(8470)
const debug = __nccwpck_require__(4039)
const SemVer = __nccwpck_require__(203)
const Range = __nccwpck_require__(7646)


/***/ }),

/***/ 7646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(6071)
const cache = new LRU()

const parseOptions = __nccwpck_require__(5684)
const Comparator = __nccwpck_require__(1091)
const debug = __nccwpck_require__(4039)
const SemVer = __nccwpck_require__(203)
const trimComparatorWhitespace = __nccwpck_require__(5465)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(1295)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(6045)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 203:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(4039)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(6045)
const { safeRe: re, t } = __nccwpck_require__(1295)

const parseOptions = __nccwpck_require__(5684)
const { compareIdentifiers } = __nccwpck_require__(4180)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 8439:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8470:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(3578)
const neq = __nccwpck_require__(7486)
const gt = __nccwpck_require__(6247)
const gte = __nccwpck_require__(9908)
const lt = __nccwpck_require__(9088)
const lte = __nccwpck_require__(3405)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 8377:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const parse = __nccwpck_require__(1105)
const { safeRe: re, t } = __nccwpck_require__(1295)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 8336:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 1962:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 837:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 7447:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 3578:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6247:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 9908:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 6754:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 9088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 3405:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 2031:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 3387:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 7486:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 1105:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 7236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 3602:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 6877:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(837)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 2600:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(8336)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 9451:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 2928:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(8336)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6562:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)
const constants = __nccwpck_require__(6045)
const SemVer = __nccwpck_require__(203)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 6716:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(1105)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 3880:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(1295)
const constants = __nccwpck_require__(6045)
const SemVer = __nccwpck_require__(203)
const identifiers = __nccwpck_require__(4180)
const parse = __nccwpck_require__(1105)
const valid = __nccwpck_require__(6716)
const clean = __nccwpck_require__(8439)
const inc = __nccwpck_require__(6754)
const diff = __nccwpck_require__(7447)
const major = __nccwpck_require__(2031)
const minor = __nccwpck_require__(3387)
const patch = __nccwpck_require__(7236)
const prerelease = __nccwpck_require__(3602)
const compare = __nccwpck_require__(837)
const rcompare = __nccwpck_require__(6877)
const compareLoose = __nccwpck_require__(1962)
const compareBuild = __nccwpck_require__(8336)
const sort = __nccwpck_require__(2928)
const rsort = __nccwpck_require__(2600)
const gt = __nccwpck_require__(6247)
const lt = __nccwpck_require__(9088)
const eq = __nccwpck_require__(3578)
const neq = __nccwpck_require__(7486)
const gte = __nccwpck_require__(9908)
const lte = __nccwpck_require__(3405)
const cmp = __nccwpck_require__(8470)
const coerce = __nccwpck_require__(8377)
const truncate = __nccwpck_require__(6562)
const Comparator = __nccwpck_require__(1091)
const Range = __nccwpck_require__(7646)
const satisfies = __nccwpck_require__(9451)
const toComparators = __nccwpck_require__(2126)
const maxSatisfying = __nccwpck_require__(825)
const minSatisfying = __nccwpck_require__(4867)
const minVersion = __nccwpck_require__(4122)
const validRange = __nccwpck_require__(1745)
const outside = __nccwpck_require__(5720)
const gtr = __nccwpck_require__(6372)
const ltr = __nccwpck_require__(9309)
const intersects = __nccwpck_require__(1673)
const simplifyRange = __nccwpck_require__(7660)
const subset = __nccwpck_require__(129)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 6045:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 4039:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 4180:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 6071:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 5684:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 1295:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(6045)
const debug = __nccwpck_require__(4039)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 5465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(6045)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 6372:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(5720)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 1673:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 9309:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(5720)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 825:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const Range = __nccwpck_require__(7646)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 4867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const Range = __nccwpck_require__(7646)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 4122:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const Range = __nccwpck_require__(7646)
const gt = __nccwpck_require__(6247)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 5720:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(203)
const Comparator = __nccwpck_require__(1091)
const { ANY } = Comparator
const Range = __nccwpck_require__(7646)
const satisfies = __nccwpck_require__(9451)
const gt = __nccwpck_require__(6247)
const lt = __nccwpck_require__(9088)
const lte = __nccwpck_require__(3405)
const gte = __nccwpck_require__(9908)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 7660:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(9451)
const compare = __nccwpck_require__(837)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 129:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)
const Comparator = __nccwpck_require__(1091)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(9451)
const compare = __nccwpck_require__(837)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 2126:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 1745:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(7646)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 3052:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(7532)
const FIFO = __nccwpck_require__(4219)
const TextDecoder = __nccwpck_require__(5454)

const StreamError = __nccwpck_require__(393)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 393:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 8519:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 2099:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(3052)
const FIFO = __nccwpck_require__(4219)
const b4a = __nccwpck_require__(9553)
const headers = __nccwpck_require__(6972)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 6972:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(9553)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 8006:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(2099)
exports.pack = __nccwpck_require__(3805)


/***/ }),

/***/ 3805:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(3052)
const b4a = __nccwpck_require__(9553)

const constants = __nccwpck_require__(8519)
const headers = __nccwpck_require__(6972)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 5454:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(7656)
const UTF8Decoder = __nccwpck_require__(6974)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 7656:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(9553)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 6974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(9553)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 5434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 2375:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 1859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ irregularKind),
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Sw: () => (/* binding */ unreadableError),
/* harmony export */   gN: () => (/* binding */ unsupportedFileError),
/* harmony export */   pz: () => (/* binding */ changedWhilePackagingError)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7035);


/** A path relative to the workspace when it lies inside, else absolute. */
function displayPath(path, workspace) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, path);
    if (inside === '')
        return '.';
    return inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside) ? path : inside;
}
function errorCode(error) {
    return error?.code;
}
/** How a user leaves a file out of a Flux artifact; a Helm chart's errors say `.helmignore`. */
const LEAVE_OUT_OF_FLUX_ARTIFACT = "add it to 'ignore-paths'";
function unreadableError(shownPath, cause, leaveOut = LEAVE_OUT_OF_FLUX_ARTIFACT) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('ARTIFACT_UNREADABLE', `${shownPath} cannot be read (${errorCode(cause) ?? String(cause)}). Make it readable by ` +
        `the job's user, or ${leaveOut}.`, { input: 'path', cause });
}
/** A file whose size changed between the walk and the read would make a tar that lies. */
function changedWhilePackagingError(shownPath) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('ARTIFACT_FILE_CHANGED', `${shownPath} changed while it was being packaged. Make sure no other step writes to the ` +
        `path while this one runs.`, { input: 'path' });
}
/** What a file that is neither regular nor a directory is, for a message. */
function irregularKind(stats) {
    return stats.isFIFO()
        ? 'a named pipe (FIFO)'
        : stats.isSocket()
            ? 'a socket'
            : stats.isCharacterDevice() || stats.isBlockDevice()
                ? 'a device'
                : 'neither a regular file nor a directory';
}
/** Flux refuses a whole artifact holding anything but regular files and directories. */
function unsupportedFileError(shownPath, stats, leaveOut = LEAVE_OUT_OF_FLUX_ARTIFACT) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('ARTIFACT_UNSUPPORTED_FILE', `${shownPath} is ${irregularKind(stats)}; an artifact holds only regular files and ` +
        `directories (Flux refuses the whole artifact otherwise, Helm refuses to load it). Remove ` +
        `it or ${leaveOut}.`, { input: 'path' });
}


/***/ }),

/***/ 3053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ buildArtifact)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7075);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1766);
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(544);
/* harmony import */ var _flux_format_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(2664);
/* harmony import */ var _layer_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7307);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4016);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3758);
// buildArtifact: a path in the workspace becomes the three pieces a Flux artifact is made of (one
// gzipped tar layer in a temp file, a config, a manifest), ready to push through a Repository.










/** How many skipped links the warning names before it only counts the rest. */
const LISTED_SYMLINKS = 20;
function skippedSymlinksWarning(names) {
    const listed = names.slice(0, LISTED_SYMLINKS).join(', ');
    const more = names.length > LISTED_SYMLINKS ? ` and ${names.length - LISTED_SYMLINKS} more` : '';
    return (`Left out ${names.length} symbolic link${names.length === 1 ? '' : 's'} (Flux never packages ` +
        `links): ${listed}${more}. Set 'resolve-symlinks: true' to package the files they point to ` +
        `inside the workspace.`);
}
async function buildArtifact(options) {
    (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .assertCreated */ .bX)(options.created);
    const directory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.tmpDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'flux-artifact-'));
    const dispose = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(directory, { recursive: true, force: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, 'layer.tar.gz');
    const skippedSymlinks = [];
    let layer;
    try {
        const entries = (0,_walk_js__WEBPACK_IMPORTED_MODULE_8__/* .walkTree */ .I)({
            path: options.path,
            workspace: options.workspace,
            ignorePaths: options.ignorePaths,
            resolveSymlinks: options.resolveSymlinks,
            onSkippedSymlink: (name) => skippedSymlinks.push(name),
        });
        layer = await (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .writeLayer */ .B)(entries, file, options.workspace);
        // Inside the try: a failing warning callback must not leave the layer file behind.
        if (skippedSymlinks.length > 0)
            options.onWarning?.(skippedSymlinksWarning(skippedSymlinks));
    }
    catch (error) {
        await dispose();
        throw error;
    }
    const config = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .configBytes */ .u7)(options.created, layer.diffId);
    const configDescriptor = {
        mediaType: _flux_format_js__WEBPACK_IMPORTED_MODULE_9__/* .FLUX_CONFIG_MEDIA_TYPE */ .D_,
        digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestOf */ .ol)(config),
        size: config.length,
    };
    const layerDescriptor = {
        mediaType: _flux_format_js__WEBPACK_IMPORTED_MODULE_9__/* .FLUX_CONTENT_MEDIA_TYPE */ .em,
        digest: layer.digest,
        size: layer.size,
    };
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .manifestBytes */ .T8)(configDescriptor, layerDescriptor, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .manifestAnnotations */ .gc)(options));
    return {
        layer: {
            ...layerDescriptor,
            open: () => (0,_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .readLayerFile */ .Y)(file),
        },
        config: { ...configDescriptor, bytes: config, open: () => node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from([config]) },
        manifest: {
            mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_MANIFEST */ .EG,
            bytes: manifest,
            digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestOf */ .ol)(manifest),
        },
        diffId: layer.diffId,
        fileCount: layer.fileCount,
        skippedSymlinks,
        dispose,
    };
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ compareWithPublished)
/* harmony export */ });
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7035);
/* harmony import */ var _oci_read_blob_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6936);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1766);
/* harmony import */ var _flux_format_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2664);
/* harmony import */ var _tar_contents_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9041);







const FLUX_CONTENT = { mediaType: _flux_format_js__WEBPACK_IMPORTED_MODULE_5__/* .FLUX_CONTENT_MEDIA_TYPE */ .em, kind: 'a Flux artifact' };
/** Configs are tiny; a larger one is not ours to parse. */
const MAX_CONFIG_BYTES = 1024 * 1024;
function isDescriptor(value) {
    const d = value;
    return typeof d?.mediaType === 'string' && typeof d.digest === 'string';
}
/** The config and the content layer of a manifest, or `undefined`. */
function parseManifest(bytes, contentMediaType) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    // A Helm chart may carry its provenance in a second layer, which `helm push` may put first.
    const layer = Array.isArray(manifest.layers)
        ? manifest.layers.find((item) => isDescriptor(item) && item.mediaType === contentMediaType)
        : undefined;
    if (!isDescriptor(manifest.config) || !isDescriptor(layer))
        return undefined;
    return { config: manifest.config, layer };
}
/** `rootfs.diff_ids[0]` of a config, when it has one. */
async function publishedDiffId(repository, config) {
    if (config.size > MAX_CONFIG_BYTES)
        return undefined;
    const bytes = await (0,_oci_read_blob_js__WEBPACK_IMPORTED_MODULE_6__/* .readBlobAtMost */ .W)(repository, config.digest, MAX_CONFIG_BYTES);
    if (bytes === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        const diffId = Array.isArray(parsed.rootfs?.diff_ids)
            ? parsed.rootfs.diff_ids[0]
            : undefined;
        return typeof diffId === 'string' ? diffId : undefined;
    }
    catch {
        return undefined;
    }
}
/** sha256 of the uncompressed tar and its content digest, in one pass over a gzipped layer. */
async function readPublishedLayer(layer) {
    const tar = new _oci_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .DigestStream */ .vl();
    const [content] = await Promise.all([
        (0,_tar_contents_js__WEBPACK_IMPORTED_MODULE_4__/* .tarContentDigest */ .h)(tar),
        (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(layer, (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)(), tar),
    ]);
    return { diffId: tar.result().digest, content };
}
async function ourContentDigest(built) {
    const tar = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)();
    const [content] = await Promise.all([(0,_tar_contents_js__WEBPACK_IMPORTED_MODULE_4__/* .tarContentDigest */ .h)(tar), (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(built.layer.open(), tar)]);
    return content;
}
/**
 * Compares `built` with what `repository` holds at `reference` (a tag or digest). Unchanged means
 * the same uncompressed content: by the config's `diff_ids` when it has them; otherwise (artifacts
 * pushed by other tools) by streaming the published layer through gunzip, and comparing first the
 * tar's digest, then what the tar holds, so that a tar written by Go or GNU tar with the same files
 * counts as the same. Anything unreadable counts as changed: publishing again is the safe answer.
 * `content` names the kind of artifact by the media type of its content layer (a Helm chart's
 * config has no `diff_ids`, so a chart is always compared by its tar).
 */
async function compareWithPublished(repository, reference, built, content = FLUX_CONTENT) {
    const manifest = await repository.getManifest(reference);
    if (manifest === undefined) {
        return { unchanged: false, reason: `nothing is published at ${reference}` };
    }
    if (manifest.digest === built.manifest.digest) {
        return { unchanged: true, manifest, reason: 'the same manifest' };
    }
    const artifact = parseManifest(manifest.bytes, content.mediaType);
    if (artifact === undefined) {
        return { unchanged: false, manifest, reason: `${reference} is not ${content.kind}` };
    }
    if (artifact.layer.digest === built.layer.digest) {
        return { unchanged: true, manifest, reason: 'the same layer' };
    }
    const diffId = await publishedDiffId(repository, artifact.config);
    if (diffId !== undefined) {
        const unchanged = diffId === built.diffId;
        return { unchanged, manifest, reason: `${unchanged ? 'the same' : 'another'} content digest` };
    }
    const layerStream = await repository.getBlob(artifact.layer.digest);
    let publishedLayer;
    try {
        publishedLayer = await readPublishedLayer(layerStream);
    }
    catch (error) {
        // The registry's own errors say more; anything else means the layer cannot be compared.
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            throw error;
        return {
            unchanged: false,
            manifest,
            reason: `its layer is not a readable tar+gzip (${String(error)})`,
        };
    }
    if (publishedLayer.diffId === built.diffId) {
        return { unchanged: true, manifest, reason: 'the same tar (no diff_ids in its config)' };
    }
    const unchanged = (await ourContentDigest(built)) === publishedLayer.content;
    return {
        unchanged,
        manifest,
        reason: `${unchanged ? 'the same' : 'other'} files (no diff_ids in its config)`,
    };
}


/***/ }),

/***/ 2664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ FLUX_CONFIG_MEDIA_TYPE),
/* harmony export */   eM: () => (/* binding */ SOURCE_ANNOTATION),
/* harmony export */   em: () => (/* binding */ FLUX_CONTENT_MEDIA_TYPE),
/* harmony export */   h_: () => (/* binding */ CREATED_ANNOTATION),
/* harmony export */   wB: () => (/* binding */ REVISION_ANNOTATION)
/* harmony export */ });
// The names the Flux artifact format fixes: what `flux push artifact` writes and source-controller
// reads (fluxcd/pkg `oci/globals.go`). Everything that writes or inspects an artifact uses these.
const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
/** source-controller extracts `layers[0]` only when it is a gzip of a tar. */
const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/** GHCR links a package to its repository through this value. */
const SOURCE_ANNOTATION = 'org.opencontainers.image.source';
/** `<ref name>@sha1:<commit>`, as Flux RFC-0005 records an origin. */
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';


/***/ }),

/***/ 3598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ HELM_CONFIG_MEDIA_TYPE),
/* harmony export */   QV: () => (/* binding */ chartLocation),
/* harmony export */   Rz: () => (/* binding */ HELM_PROVENANCE_MEDIA_TYPE),
/* harmony export */   Z_: () => (/* binding */ IMMUTABLE_HELM_ANNOTATIONS),
/* harmony export */   bF: () => (/* binding */ chartTag),
/* harmony export */   nt: () => (/* binding */ helmAnnotations),
/* harmony export */   yK: () => (/* binding */ HELM_CHART_CONTENT_MEDIA_TYPE)
/* harmony export */ });
/* unused harmony export chartRepository */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7035);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9789);
// The OCI shape `helm push` gives a chart (helm/helm `pkg/registry/constants.go`, `client.go` Push,
// `chart.go` generateOCIAnnotations, `reference.go`): the media types, the annotations taken from
// Chart.yaml, and the reference `<repository>/<chart name>:<version with + as _>`.


const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const HELM_PROVENANCE_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
const TITLE = 'org.opencontainers.image.title';
const VERSION = 'org.opencontainers.image.version';
const DESCRIPTION = 'org.opencontainers.image.description';
const URL = 'org.opencontainers.image.url';
const SOURCE = 'org.opencontainers.image.source';
const AUTHORS = 'org.opencontainers.image.authors';
/** Helm keeps these from the chart and lets no Chart.yaml annotation replace them. */
const IMMUTABLE_HELM_ANNOTATIONS = [VERSION, TITLE];
/** Go's `strings.TrimSpace(value) != ""`: Helm only records values with something in them. */
function hasText(value) {
    return value !== undefined && value.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '') !== '';
}
/** `Name (email), Name (email)`, as Helm joins the maintainers. */
function authors(metadata) {
    const maintainers = metadata.maintainers ?? [];
    if (maintainers.length === 0)
        return undefined;
    return maintainers
        .map(({ name, email }) => `${name ?? ''}${email ? ` (${email})` : ''}`)
        .join(', ');
}
/**
 * The annotations `helm push` derives from the chart, then the chart's own annotations (which
 * may not replace the title or the version). `org.opencontainers.image.created` is not here:
 * Helm takes the archive file's time, we take the commit's (see the build).
 */
function helmAnnotations(metadata) {
    const annotations = {};
    const add = (key, value) => {
        if (hasText(value))
            annotations[key] = value;
    };
    add(DESCRIPTION, metadata.description);
    add(TITLE, metadata.name);
    add(VERSION, metadata.version);
    add(URL, metadata.home);
    add(SOURCE, metadata.sources?.[0]);
    add(AUTHORS, authors(metadata));
    for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
        if (!IMMUTABLE_HELM_ANNOTATIONS.includes(key))
            annotations[key] = value;
    }
    return annotations;
}
/** OCI's tag grammar (distribution spec). */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** The tag of a chart version: `+` is not allowed in a tag, so Helm writes `_` (reference.go). */
function chartTag(version, input) {
    const tag = version.replaceAll('+', '_');
    if (TAG.test(tag))
        return tag;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('CHART_VERSION_NOT_A_TAG', `The chart version '${version}' cannot be an OCI tag (at most 128 characters of letters, ` +
        `digits, '_', '.' and '-' once '+' is written as '_'). Give the chart a shorter version.`, { input });
}
/** Where `helm push <chart> <url>` puts a chart: the chart's name appended to the URL's path. */
function chartRepository(url, chartName) {
    return `${url.replace(/\/+$/, '')}/${chartName}`;
}
/**
 * `chartRepository` for a parsed location. An OCI layout holds one repository, so a chart goes
 * into the layout itself. A chart name that cannot be part of a repository (upper case, say) is
 * refused: `helm push` cannot push it either, and lower-casing it would publish the chart where
 * `helm pull` with its name does not look.
 */
function chartLocation(parent, chartName, input) {
    if (parent.kind === 'layout')
        return parent;
    const repository = chartRepository(parent.repository, chartName);
    if (!(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRepository */ .d)(repository)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('CHART_NAME_NOT_A_REPOSITORY', `The chart name '${chartName}' cannot be part of an OCI repository name (lower-case ` +
            `letters and digits, joined by '.', '_' or '-'), so the chart cannot be pushed to ` +
            `${parent.registry}/${repository}: rename the chart in its Chart.yaml.`, { input });
    }
    if (parent.registry.length + 1 + repository.length > _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NAME_LENGTH */ .EM) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('CHART_NAME_NOT_A_REPOSITORY', `${parent.registry}/${repository} is longer than the ${_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NAME_LENGTH */ .EM} characters ` +
            `registries accept: give the chart a shorter name or 'url' a shorter path.`, { input });
    }
    return { kind: 'registry', registry: parent.registry, repository };
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ readLayerFile),
  B: () => (/* binding */ writeLayer)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ../main/node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(8006);
// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(7035);
;// CONCATENATED MODULE: ./build/artifact/buffer-pool.js
// Read buffers that come back once their bytes have been copied into a compression block. Without
// it, every byte of the tree becomes garbage on its way through, and how much of that the
// collector lets pile up before it runs depends on how loaded the machine is: measured, a
// 300 MiB build peaked anywhere from 95 to 131 MiB of RSS on the same tree.
class BufferPool {
    bufferBytes;
    free = [];
    /** Buffers handed out and not yet given back: only these can come back, and only once. */
    lent = new WeakSet();
    constructor(bufferBytes) {
        this.bufferBytes = bufferBytes;
    }
    /** A buffer of `bufferBytes`, with unspecified contents. */
    take() {
        const memory = this.free.pop() ?? new ArrayBuffer(this.bufferBytes);
        this.lent.add(memory);
        return Buffer.from(memory);
    }
    /** Returns the buffer `chunk` is a view of, if it came from this pool; ignores anything else. */
    giveBack(chunk) {
        if (!this.lent.delete(chunk.buffer))
            return;
        this.free.push(chunk.buffer);
    }
}

// EXTERNAL MODULE: ./build/oci/digest.js
var digest = __nccwpck_require__(1766);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./build/artifact/parallel-gzip.js
// gzip, compressed on two threads the way pigz does it: the input is cut into fixed 1 MiB blocks,
// each deflated on libuv's thread pool on its own (as `pigz --independent` does) and ended by a
// sync flush, so the pieces join into one ordinary deflate stream inside one gzip member. A
// streamed zlib.createGzip() keeps at most one thread busy and waits on a thread-pool round trip
// for every 16 KiB it writes; blocks overlap each other and the tar work on the main thread.
// Measured on Node 24 (600 MiB tree, loaded 2-core machine): 19.5-20.6 s for the whole build with
// createGzip(), 12.5-18.5 s with blocks, 12.1-13.8 s for `tar | gzip -6`.
//
// Blocks once took the 32 KiB before them as a dictionary, which needs a new zlib stream per
// block: its state and output buffer, about 400 KiB per MiB of input, made the garbage that set
// the peak memory of a large build. Two streams now take turns, reset between blocks: on a 1 GiB
// publish the peak went from 146-152 MiB to 113-119 MiB, for a layer 0.3% larger (measured).
//
// The output depends only on the input, the block size and the zlib build. A stream carries its
// position in its output buffer from one block to the next, and zlib writes an extra empty flush
// marker when that buffer fills exactly at the end of a flush (zlib.h), so which stream compresses
// a block must never depend on timing or on the machine: block n goes to stream n mod 2, and two
// blocks are in flight whatever the number of cores. (Handing blocks to whichever stream was free
// gave a layer 5 bytes longer in one 1 GiB build of about fifteen; four streams used more memory.)


const BLOCK_BYTES = 1024 * 1024;
/** Output comes in pieces of up to this size, passed on as they are rather than joined. */
const OUTPUT_CHUNK_BYTES = 64 * 1024;
/** No modification time, no flags, no name; OS 255 ("unknown") so no platform shows through. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
/** An empty final deflate block (fixed codes, end-of-block only): what ends the stream. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);
/** Deflate streams taking turns, block n to stream n mod LANES; also the blocks in flight. */
const LANES = 2;
/** A raw deflate stream that compresses one block at a time, reset between blocks. */
class DeflateLane {
    stream;
    pieces = [];
    constructor(level) {
        this.stream = (0,external_node_zlib_.createDeflateRaw)({ level, chunkSize: OUTPUT_CHUNK_BYTES });
        this.stream.on('data', (piece) => this.pieces.push(piece));
    }
    /** The block as whole deflate blocks, ended by a sync flush on a byte boundary, not final. */
    deflate(input) {
        return new Promise((resolve, reject) => {
            const failed = (error) => reject(error);
            this.stream.once('error', failed);
            this.stream.write(input);
            // The flush's callback comes once everything it pushed has been handed to 'data'.
            this.stream.flush(external_node_zlib_.constants.Z_SYNC_FLUSH, () => {
                this.stream.off('error', failed);
                const pieces = this.pieces;
                this.pieces = [];
                // Closed meanwhile (the gzip stream was destroyed: a write downstream failed): nobody
                // wants this block, and resetting a closed zlib stream is an internal assertion, uncaught.
                if (this.stream.destroyed)
                    return resolve([]);
                this.stream.reset();
                resolve(pieces);
            });
        });
    }
    close() {
        this.stream.destroy();
    }
}
class ParallelGzip extends external_node_stream_.Transform {
    level;
    /** Blocks being compressed, oldest first; their output goes out in this order. */
    inFlight = [];
    lanes = [];
    /** Blocks started so far: the next one goes to lane `started % LANES`. */
    started = 0;
    /** Block buffers whose compression has finished, for reuse: memory stays at a few blocks. */
    spare = [];
    block = Buffer.allocUnsafe(BLOCK_BYTES);
    filled = 0;
    crc = 0;
    size = 0;
    afterCopy;
    /** `afterCopy` is handed each input chunk once its bytes are copied and it is free to reuse. */
    constructor(options) {
        super();
        this.level = options.level;
        this.afterCopy = options.afterCopy;
        this.push(GZIP_HEADER);
    }
    _transform(chunk, _encoding, callback) {
        this.crc = (0,external_node_zlib_.crc32)(chunk, this.crc);
        this.size += chunk.length;
        this.accept(chunk).then(() => callback(), callback);
    }
    _flush(callback) {
        this.finish().then(() => callback(), callback);
    }
    _destroy(error, callback) {
        for (const lane of this.lanes)
            lane.close();
        callback(error);
    }
    async accept(chunk) {
        for (let offset = 0; offset < chunk.length;) {
            if (this.filled === BLOCK_BYTES)
                await this.compress();
            const copied = chunk.copy(this.block, this.filled, offset);
            this.filled += copied;
            offset += copied;
        }
        this.afterCopy?.(chunk);
    }
    async finish() {
        if (this.filled > 0)
            await this.compress();
        for (const compressing of this.inFlight.splice(0))
            this.pushAll(await compressing);
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(this.crc >>> 0, 0);
        trailer.writeUInt32LE(this.size % 2 ** 32, 4);
        this.push(FINAL_EMPTY_BLOCK);
        this.push(trailer);
    }
    /** Starts compressing the current block; waits while too many are in flight. */
    async compress() {
        const block = this.block;
        const lane = (this.lanes[this.started++ % LANES] ??= new DeflateLane(this.level));
        const compressing = lane.deflate(block.subarray(0, this.filled)).finally(() => {
            this.spare.push(block);
        });
        // Its failure is raised when its turn comes, in order.
        compressing.catch(() => undefined);
        this.inFlight.push(compressing);
        this.block = this.spare.pop() ?? Buffer.allocUnsafe(BLOCK_BYTES);
        this.filled = 0;
        // Once this returns, fewer than LANES blocks are in flight: the lane the next block goes to
        // has finished its previous block, LANES blocks earlier.
        while (this.inFlight.length >= LANES)
            this.pushAll(await this.inFlight.shift());
    }
    pushAll(pieces) {
        for (const piece of pieces)
            this.push(piece);
    }
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
// EXTERNAL MODULE: ./build/artifact/artifact-errors.js
var artifact_errors = __nccwpck_require__(1859);
;// CONCATENATED MODULE: ./build/artifact/tar.js
// Tree entries into a tar stream. tar-stream encodes the headers (USTAR, PAX only for a name that
// does not fit); what goes into them is ours: nothing about the machine or the moment of the build,
// so the same tree always gives the same bytes. The format says what differs between the kinds of
// artifact: a Flux artifact keeps each file's permission bits and the epoch as every time; a Helm
// chart is written as `helm package` writes it (mode 0644, a given time, no byte order mark).
//
// Files are read with synchronous calls, one bounded piece at a time. Measured on Node 24 over a
// 600 MiB tree of 22,679 page-cached files: opening, stat-ing, reading and closing them all took
// 2.8 s of CPU with the promise-based calls and 0.3 s with the synchronous ones, and the main
// thread's time is what the tar, the hashing and the compression wait on. Nothing else runs in
// the action meanwhile, and no call blocks for longer than one read of a pool buffer.



/** What `flux push artifact` writes (fluxcd/pkg `tar/tar.go`): the epoch, the file's own bits. */
const FLUX_TAR_FORMAT = {
    mtime: new Date(0),
    leaveOut: "add it to 'ignore-paths'",
};
/** Where the read past a file's end goes: it only ever shows whether there was more. */
const ONE_BYTE = Buffer.alloc(1);
/**
 * O_NONBLOCK: a file swapped for a FIFO since the walk must not hang the open; O_NOFOLLOW: nor be
 * swapped for a symlink that was never checked. Both are absent (0) on Windows.
 */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
function header(entry, mode, size, format) {
    return {
        name: entry.name,
        type: entry.kind,
        mode,
        size,
        uid: 0,
        gid: 0,
        uname: '',
        gname: '',
        mtime: format.mtime,
    };
}
/** Resolves when tar-stream is done with the entry (or rejects with why it is not). */
function addEntry(pack, fields) {
    let settle;
    const done = new Promise((resolve, reject) => {
        settle = (error) => (error ? reject(error) : resolve());
    });
    return { sink: pack.entry(fields, (error) => settle(error)), done };
}
/**
 * Writes every entry into `pack`, then finalizes it. Resolves with the number of regular files.
 * `workspace` is only for naming paths in errors.
 */
async function writeTar(pack, entries, workspace, pool, format = FLUX_TAR_FORMAT) {
    let fileCount = 0;
    for await (const entry of entries) {
        if ('content' in entry) {
            const mode = format.fileMode ?? 0o644;
            const { sink, done } = addEntry(pack, header(entry, mode, entry.content.length, format));
            sink.end(entry.content);
            await done;
            fileCount++;
            continue;
        }
        // Worked out only for an error: path.relative for every file costs more than the tar header.
        const shown = () => (0,artifact_errors/* displayPath */.Gt)(entry.path ?? '.', workspace);
        if (entry.kind === 'directory')
            await writeDirectory(pack, entry, shown, format);
        else {
            await writeFile(pack, entry, shown, pool, format);
            fileCount++;
        }
    }
    pack.finalize();
    return fileCount;
}
async function writeDirectory(pack, entry, shown, format) {
    let mode = 0o755;
    if (entry.path !== undefined) {
        try {
            mode = (0,external_node_fs_.statSync)(entry.path).mode & 0o777;
        }
        catch (error) {
            throw (0,artifact_errors/* unreadableError */.Sw)(shown(), error, format.leaveOut);
        }
    }
    await addEntry(pack, header(entry, mode, 0, format)).done;
}
async function writeFile(pack, entry, shown, pool, format) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(entry.path, OPEN_FLAGS);
    }
    catch (error) {
        throw (0,artifact_errors/* unreadableError */.Sw)(shown(), error, format.leaveOut);
    }
    try {
        await writeOpenFile(pack, entry, fd, shown, pool, format);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** How many bytes at the start of the open file are left out: the format's prefix, when there. */
function droppedBytes(fd, size, format, shown) {
    const prefix = format.droppedPrefix;
    if (prefix === undefined || size < prefix.length)
        return 0;
    const start = readPiece(fd, Buffer.alloc(prefix.length), prefix.length, 0, shown, format);
    return start.equals(prefix) ? prefix.length : 0;
}
/** Reads up to `length` bytes at `position` into `buffer`; fewer only at the end of the file. */
function readPiece(fd, buffer, length, position, shown, format) {
    let filled = 0;
    try {
        while (filled < length) {
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, filled, length - filled, position + filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
    }
    catch (error) {
        throw (0,artifact_errors/* unreadableError */.Sw)(shown(), error, format.leaveOut);
    }
    return buffer.subarray(0, filled);
}
async function writeOpenFile(pack, entry, fd, shown, pool, format) {
    let stats;
    try {
        stats = (0,external_node_fs_.fstatSync)(fd);
    }
    catch (error) {
        throw (0,artifact_errors/* unreadableError */.Sw)(shown(), error, format.leaveOut);
    }
    if (!stats.isFile())
        throw (0,artifact_errors/* unsupportedFileError */.gN)(shown(), stats, format.leaveOut);
    const { size } = stats;
    const start = droppedBytes(fd, size, format, shown);
    const mode = format.fileMode ?? stats.mode & 0o777;
    const { sink, done } = addEntry(pack, header(entry, mode, size - start, format));
    try {
        for (let position = start; position < size;) {
            const length = Math.min(pool.bufferBytes, size - position);
            const piece = readPiece(fd, pool.take(), length, position, shown, format);
            if (piece.length === 0)
                throw (0,artifact_errors/* changedWhilePackagingError */.pz)(shown());
            position += piece.length;
            if (!sink.write(piece))
                await (0,external_node_events_.once)(sink, 'drain');
        }
        // Reading stops at the size fstat gave; a file that grew since would be cut short silently.
        if (readPiece(fd, ONE_BYTE, 1, size, shown, format).length !== 0) {
            throw (0,artifact_errors/* changedWhilePackagingError */.pz)(shown());
        }
    }
    catch (error) {
        sink.destroy(error);
        await done.catch(() => undefined);
        throw error;
    }
    sink.end(null); // streamx's typings insist on an argument
    await done;
}

;// CONCATENATED MODULE: ./build/artifact/layer.js
// The one streaming pass: tar → sha256 of the tar → gzip → sha256 and size of the gzip → a temp
// file. Every stage holds a bounded amount, so memory stays flat however large the tree is.








/** What `flux push artifact` uses (Go's gzip.DefaultCompression), and `gzip -6`. */
const GZIP_LEVEL = 6;
/** Files are read in pieces this size: it bounds what one large file holds on its way. */
const READ_PIECE_BYTES = 64 * 1024;
/**
 * The layer is read back for its upload in pieces this size. Every piece is a new buffer, garbage
 * once sent; with 64 KiB pieces a 1 GiB publish peaked at 150-158 MiB in some runs (about one in
 * three) instead of 115-120 MiB, with 16 KiB in none of 12 (measured; 1 MiB was worse still).
 */
const UPLOAD_READ_BYTES = 16 * 1024;
/** The layer file `writeLayer` wrote, read for its upload. */
function readLayerFile(file) {
    return (0,external_node_fs_.createReadStream)(file, { highWaterMark: UPLOAD_READ_BYTES });
}
/** Packs `entries` into a gzipped tar at `file`. `workspace` is only for naming paths in errors. */
async function writeLayer(entries, file, workspace, format) {
    const pool = new BufferPool(READ_PIECE_BYTES);
    const pack = (0,tar_stream.pack)();
    const tar = new digest/* DigestStream */.vl();
    const gzip = new digest/* DigestStream */.vl();
    const writing = (0,promises_.pipeline)(pack, tar, new ParallelGzip({ level: GZIP_LEVEL, afterCopy: (chunk) => pool.giveBack(chunk) }), gzip, (0,external_node_fs_.createWriteStream)(file));
    const producing = writeTar(pack, entries, workspace, pool, format).catch((error) => {
        pack.destroy(error);
        throw error;
    });
    const [produced, written] = await Promise.allSettled([producing, writing]);
    // The tree's own errors (a FIFO, an escaping link) explain more than the stream they broke; a
    // failed write (a full disk) explains the errors it caused in the tar.
    const treeFailed = produced.status === 'rejected';
    if (treeFailed && produced.reason instanceof errors/* UserError */.yo)
        throw produced.reason;
    if (written.status === 'rejected' && !(treeFailed && written.reason === produced.reason)) {
        throw new errors/* UserError */.yo('ARTIFACT_WRITE_FAILED', `Could not write the artifact's layer to ${file}: ${String(written.reason)}. Check the ` +
            `free space of the temporary directory.`, { cause: written.reason });
    }
    if (treeFailed)
        throw produced.reason;
    return { ...gzip.result(), diffId: tar.result().digest, fileCount: produced.value };
}


/***/ }),

/***/ 4016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ manifestBytes),
/* harmony export */   bX: () => (/* binding */ assertCreated),
/* harmony export */   gc: () => (/* binding */ manifestAnnotations),
/* harmony export */   u7: () => (/* binding */ configBytes)
/* harmony export */ });
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(544);
/* harmony import */ var _flux_format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2664);
// The config blob and the manifest, serialised with a fixed key order so that the same content,
// commit and time always give the same manifest digest.


const RFC3339_UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
function assertCreated(created) {
    if (!RFC3339_UTC_SECONDS.test(created) || Number.isNaN(Date.parse(created))) {
        throw new Error(`created must be RFC 3339 UTC with second precision, got '${created}'`);
    }
}
/**
 * The config Flux up to 2.8 wrote: `created`, and the sha256 of the uncompressed tar as
 * `rootfs.diff_ids[0]`, which lets a later run tell whether the content changed.
 */
function configBytes(created, diffId) {
    return Buffer.from(JSON.stringify({ created, rootfs: { type: 'layers', diff_ids: [diffId] } }), 'utf8');
}
/** The three annotations Flux records, then the user's; keys sorted, so input order is moot. */
function manifestAnnotations(fields) {
    const merged = {
        [_flux_format_js__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_ANNOTATION */ .h_]: fields.created,
        [_flux_format_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCE_ANNOTATION */ .eM]: fields.source,
        [_flux_format_js__WEBPACK_IMPORTED_MODULE_1__/* .REVISION_ANNOTATION */ .wB]: fields.revision,
        ...fields.annotations,
    };
    const keys = Object.keys(merged).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return Object.fromEntries(keys.map((key) => [key, merged[key]]));
}
function descriptor({ mediaType, digest, size }) {
    return { mediaType, digest, size };
}
/** `layers` in the order given: one for a Flux artifact; a Helm chart may add its provenance. */
function manifestBytes(config, layers, annotations) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG,
        config: descriptor(config),
        layers: (Array.isArray(layers) ? layers : [layers]).map(descriptor),
        annotations,
    }), 'utf8');
}


/***/ }),

/***/ 9041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ tarEntries),
/* harmony export */   h: () => (/* binding */ tarContentDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6466);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8006);
// What a tar holds as Flux extracts it (names, kinds, permission bits, bytes), reduced to one
// digest. Two tars written by different tools (Go's archive/tar for `flux push artifact`, ours,
// GNU tar) differ in header bytes, timestamps, owners and order, yet hold the same content.



/** `./a/b/` and `a/b` are the same entry; the root itself carries nothing Flux keeps. */
function canonicalName(name) {
    let canonical = name;
    while (canonical.startsWith('./'))
        canonical = canonical.slice(2);
    while (canonical.endsWith('/'))
        canonical = canonical.slice(0, -1);
    return canonical === '.' ? '' : canonical;
}
/** Reads the whole (uncompressed) tar stream; resolves with its entries by canonical name. */
async function tarEntries(tar) {
    const extract = (0,tar_stream__WEBPACK_IMPORTED_MODULE_2__.extract)();
    const [entries] = await Promise.all([readEntries(extract), (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(tar, extract)]);
    return new Map(entries.map((entry) => [entry.name, entry]));
}
/** Reads the whole (uncompressed) tar stream; resolves with `sha256:<hex>` of its contents. */
async function tarContentDigest(tar) {
    const records = [...(await tarEntries(tar)).values()].map((entry) => ({
        name: Buffer.from(entry.name),
        line: JSON.stringify([entry.name, entry.type, entry.mode, entry.sha256]),
    }));
    records.sort((a, b) => Buffer.compare(a.name, b.name));
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const { line } of records)
        digest.update(`${line}\n`);
    return `sha256:${digest.digest('hex')}`;
}
/** Every entry but the root; a name given twice keeps its last entry, as extraction would. */
async function readEntries(extract) {
    const entries = [];
    for await (const entry of extract) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        for await (const chunk of entry)
            hash.update(chunk);
        const name = canonicalName(entry.header.name);
        if (name === '')
            continue;
        entries.push({
            name,
            type: entry.header.type ?? 'file',
            mode: (entry.header.mode ?? 0) & 0o777,
            sha256: hash.digest('hex'),
        });
    }
    return entries;
}


/***/ }),

/***/ 3758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ forbiddenPlace),
  I: () => (/* binding */ walkTree)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(7035);
// EXTERNAL MODULE: ./build/artifact/artifact-errors.js
var artifact_errors = __nccwpck_require__(1859);
// EXTERNAL MODULE: ../main/node_modules/ignore/index.js
var ignore = __nccwpck_require__(5882);
;// CONCATENATED MODULE: ./build/artifact/ignore-rules.js
// Which paths stay out of the artifact: Flux's defaults, the user's patterns added to them, and the
// `.sourceignore` files found in the tree, all with gitignore semantics.

/** The patterns `flux push artifact` applies (fluxcd/pkg `sourceignore` ExcludeVCS + ExcludeExt). */
const FLUX_DEFAULT_IGNORE_PATTERNS = [
    '.git/',
    '.gitignore',
    '.gitmodules',
    '.gitattributes',
    '*.jpg',
    '*.jpeg',
    '*.gif',
    '*.png',
    '*.wmv',
    '*.flv',
    '*.tar.gz',
    '*.zip',
];
const SOURCE_IGNORE_FILE = '.sourceignore';
function parse(patterns) {
    // Flux matches with go-git's gitignore, which is case-sensitive like git on Linux.
    return ignore({ ignorecase: false }).add(patterns);
}
/**
 * Rules in effect inside one directory of the tree. A deeper `.sourceignore` adds a layer whose
 * patterns are relative to its directory and win over the layers above it, as in git (and in
 * go-git's matcher, where the last matching pattern decides).
 */
class IgnoreRules {
    layers;
    constructor(layers) {
        this.layers = layers;
    }
    /** Flux's defaults plus the user's patterns, both relative to the packaged path. */
    static forRoot(userPatterns) {
        return new IgnoreRules([
            { base: '.', patterns: parse([...FLUX_DEFAULT_IGNORE_PATTERNS, ...userPatterns]) },
        ]);
    }
    /** The rules for the contents of `directory` (a tree name), given its `.sourceignore` text. */
    withSourceIgnore(directory, content) {
        return new IgnoreRules([...this.layers, { base: directory, patterns: parse(content) }]);
    }
    /**
     * A matcher for the entries of one directory. The `ignore` library caches every path it tests,
     * for as long as the matcher lives; one matcher per directory (sharing the parsed patterns)
     * keeps that cache from growing with the whole tree.
     */
    forDirectory() {
        const matchers = this.layers.map(({ base, patterns }) => ({
            base,
            matcher: ignore({ ignorecase: false }).add(patterns),
        }));
        return {
            /** Whether the entry `name` (a tree name below every layer's base) stays out. */
            ignores(name, isDirectory) {
                let ignored = false;
                for (const { base, matcher } of matchers) {
                    const relative = base === '.' ? name : name.slice(base.length + 1);
                    const result = matcher.test(isDirectory ? `${relative}/` : relative);
                    if (result.ignored)
                        ignored = true;
                    else if (result.unignored)
                        ignored = false;
                }
                return ignored;
            },
        };
    }
}

;// CONCATENATED MODULE: ./build/artifact/walk.js
// The tree as Flux packs it: a pre-order walk with the entries of each directory sorted by the bytes
// of their names (Go's `filepath.WalkDir` order), the root as `.`, names relative and `/`-separated.
// This is also where the safety rules live: symlinks are never followed unless asked to, and then
// never out of the workspace; only regular files and directories are packaged.






/**
 * Where a real path must not be packaged from, or undefined when it may: following a link out of
 * the checkout, or into its `.git` (where actions/checkout keeps the job's token), could publish
 * the runner's secrets. `workspace` is only for the message.
 */
function forbiddenPlace(realPath, realWorkspace, workspace) {
    const inside = (0,external_node_path_.relative)(realWorkspace, realPath);
    if (inside === '..' || inside.startsWith(`..${external_node_path_.sep}`))
        return `outside the workspace ${workspace}`;
    return inside.split(external_node_path_.sep).includes('.git') ? "in git's files" : undefined;
}
/** Walks `options.path`, yielding the entries to package in the order they go into the tar. */
async function* walkTree(options) {
    let realWorkspace;
    try {
        realWorkspace = await (0,promises_.realpath)(options.workspace);
    }
    catch (error) {
        throw new errors/* UserError */.yo('ARTIFACT_WORKSPACE_NOT_FOUND', `The workspace ${options.workspace} cannot be read (${(0,artifact_errors/* errorCode */.CA)(error) ?? String(error)}).`, { cause: error });
    }
    yield* new TreeWalker(options, realWorkspace).walk();
}
function childName(parent, name) {
    return parent === '.' ? name : `${parent}/${name}`;
}
function kindOf(entry) {
    if (entry.isFile())
        return 'file';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isSymbolicLink())
        return 'symlink';
    if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice()) {
        return 'other';
    }
    // A file system that does not report types in its directory listings.
    return undefined;
}
class TreeWalker {
    options;
    realWorkspace;
    constructor(options, realWorkspace) {
        this.options = options;
        this.realWorkspace = realWorkspace;
    }
    display(path) {
        return (0,artifact_errors/* displayPath */.Gt)(path, this.options.workspace);
    }
    async *walk() {
        const { path } = this.options;
        let stats = await this.lstatPath(path);
        let realPath;
        if (stats.isSymbolicLink()) {
            const target = await this.follow(path);
            if (target === undefined) {
                throw new errors/* UserError */.yo('ARTIFACT_PATH_IS_SYMLINK', `The path to package, ${this.display(path)}, is a symbolic link. Give the directory it ` +
                    `points to, or set 'resolve-symlinks: true' to follow links inside the workspace.`, { input: 'path' });
            }
            ({ stats, realPath } = target);
        }
        else {
            realPath = await (0,promises_.realpath)(path).catch((error) => {
                throw this.missingOrUnreadable(path, error);
            });
            // The path may name a directory through a link higher up (deploy -> /elsewhere).
            const where = this.forbiddenPlace(realPath);
            if (where) {
                throw new errors/* UserError */.yo('ARTIFACT_PATH_OUTSIDE_WORKSPACE', `The path to package, ${this.display(path)}, resolves to ${realPath}, ${where}: ` +
                    'package a directory of the repository itself.', { input: 'path' });
            }
        }
        if (stats.isFile()) {
            // A single file named as the path is packaged whatever the ignore rules say: the user asked
            // for exactly that file. The root directory it sits in is not packaged, so `.` is made up.
            yield { name: '.', kind: 'directory' };
            yield { name: (0,external_node_path_.basename)(path), kind: 'file', path: realPath };
            return;
        }
        if (!stats.isDirectory())
            throw (0,artifact_errors/* unsupportedFileError */.gN)(this.display(path), stats);
        yield { name: '.', kind: 'directory', path: realPath };
        yield* this.walkDirectory({
            name: '.',
            realPath,
            ancestors: new Set([realPath]),
            rules: IgnoreRules.forRoot(this.options.ignorePaths),
        });
    }
    async *walkDirectory(directory) {
        const entries = await this.readEntries(directory.realPath);
        const sourceIgnore = entries.find(({ name, kind }) => name === SOURCE_IGNORE_FILE && kind === 'file');
        const rules = sourceIgnore ? await this.withSourceIgnore(directory) : directory.rules;
        const matcher = rules.forDirectory();
        for (const { name, kind: listedKind } of entries) {
            const path = (0,external_node_path_.join)(directory.realPath, name);
            const tarName = childName(directory.name, name);
            const kind = listedKind ?? kindOf(await this.lstatPath(path)) ?? 'other';
            let target;
            if (kind === 'symlink') {
                const pointsToDirectory = (await (0,promises_.stat)(path).catch(() => undefined))?.isDirectory();
                if (matcher.ignores(tarName, pointsToDirectory ?? false))
                    continue;
                target = await this.follow(path);
                if (target === undefined) {
                    this.options.onSkippedSymlink(tarName);
                    continue;
                }
            }
            else if (matcher.ignores(tarName, kind === 'directory'))
                continue;
            this.assertFluxName(tarName, path);
            const stats = target?.stats;
            if (kind === 'file' || stats?.isFile()) {
                yield { name: tarName, kind: 'file', path: target?.realPath ?? path };
            }
            else if (kind === 'directory' || stats?.isDirectory()) {
                const realPath = target?.realPath ?? (0,external_node_path_.join)(directory.realPath, name);
                if (directory.ancestors.has(realPath)) {
                    throw new errors/* UserError */.yo('ARTIFACT_SYMLINK_CYCLE', `The symbolic link ${this.display(path)} points to ${this.display(realPath)}, a ` +
                        `directory that contains it: following it would never end. Remove the link or ` +
                        `add it to 'ignore-paths'.`, { input: 'resolve-symlinks' });
                }
                yield { name: tarName, kind: 'directory', path: realPath };
                yield* this.walkDirectory({
                    name: tarName,
                    realPath,
                    ancestors: new Set([...directory.ancestors, realPath]),
                    rules,
                });
            }
            else {
                const shown = this.display(target?.realPath ?? path);
                throw (0,artifact_errors/* unsupportedFileError */.gN)(shown, stats ?? (await this.lstatPath(path)));
            }
        }
    }
    /** The target of a symlink, when links are followed and this one may be; else `undefined`. */
    async follow(link) {
        if (!this.options.resolveSymlinks)
            return undefined;
        let realPath;
        try {
            realPath = await (0,promises_.realpath)(link);
        }
        catch (error) {
            const loop = (0,artifact_errors/* errorCode */.CA)(error) === 'ELOOP';
            throw new errors/* UserError */.yo(loop ? 'ARTIFACT_SYMLINK_CYCLE' : 'ARTIFACT_SYMLINK_DANGLING', `The symbolic link ${this.display(link)} -> ${await (0,promises_.readlink)(link)} cannot be followed: ` +
                `${loop ? 'it leads back to itself through other links' : 'its target does not exist'}. ` +
                `Fix or remove the link, or add it to 'ignore-paths'.`, { input: 'resolve-symlinks', cause: error });
        }
        const where = this.forbiddenPlace(realPath);
        if (where) {
            throw new errors/* UserError */.yo('ARTIFACT_SYMLINK_OUTSIDE_WORKSPACE', `The symbolic link ${this.display(link)} -> ${await (0,promises_.readlink)(link)} resolves to ` +
                `${realPath}, ${where}; following it could publish secrets from the runner. Remove ` +
                `the link, add it to 'ignore-paths', or set 'resolve-symlinks: false' to leave every ` +
                `link out.`, { input: 'resolve-symlinks' });
        }
        return { realPath, stats: await this.statPath(realPath) };
    }
    forbiddenPlace(realPath) {
        return forbiddenPlace(realPath, this.realWorkspace, this.options.workspace);
    }
    /** Flux's untar refuses the whole artifact for a name with `\` or `../` in it. */
    assertFluxName(name, path) {
        if (!name.includes('\\') && !name.includes('../'))
            return;
        throw new errors/* UserError */.yo('ARTIFACT_INVALID_NAME', `${this.display(path)} cannot be packaged: Flux refuses an artifact with an entry name ` +
            `containing '\\' or '../' (here '${name}'). Rename it or add it to 'ignore-paths'.`, { input: 'path' });
    }
    /** The directory's entries in byte order of their names, with the type the listing gives. */
    async readEntries(path) {
        let listing;
        try {
            listing = await (0,promises_.readdir)(path, { encoding: 'buffer', withFileTypes: true });
        }
        catch (error) {
            throw (0,artifact_errors/* unreadableError */.Sw)(this.display(path), error);
        }
        // Go compares strings as UTF-8 bytes; JavaScript's default sort compares UTF-16 code units.
        listing.sort((a, b) => Buffer.compare(a.name, b.name));
        return listing.map((entry) => {
            const name = entry.name.toString('utf8');
            if (!(0,external_node_buffer_.isUtf8)(entry.name)) {
                throw new errors/* UserError */.yo('ARTIFACT_INVALID_NAME', `${this.display((0,external_node_path_.join)(path, name))} has a name that is not valid UTF-8, which an OCI ` +
                    `artifact cannot carry faithfully. Rename it or add it to 'ignore-paths'.`, { input: 'path' });
            }
            return { name, kind: kindOf(entry) };
        });
    }
    async withSourceIgnore(directory) {
        const path = (0,external_node_path_.join)(directory.realPath, SOURCE_IGNORE_FILE);
        let content;
        try {
            content = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            throw (0,artifact_errors/* unreadableError */.Sw)(this.display(path), error);
        }
        return directory.rules.withSourceIgnore(directory.name, content);
    }
    async lstatPath(path) {
        try {
            return await (0,promises_.lstat)(path);
        }
        catch (error) {
            throw this.missingOrUnreadable(path, error);
        }
    }
    async statPath(path) {
        try {
            return await (0,promises_.stat)(path);
        }
        catch (error) {
            throw this.missingOrUnreadable(path, error);
        }
    }
    missingOrUnreadable(path, error) {
        if ((0,artifact_errors/* errorCode */.CA)(error) !== 'ENOENT')
            return (0,artifact_errors/* unreadableError */.Sw)(this.display(path), error);
        return new errors/* UserError */.yo('ARTIFACT_PATH_NOT_FOUND', `${this.display(path)} does not exist. Check the 'path' input (relative to the workspace, ` +
            `${this.options.workspace}).`, { input: 'path', cause: error });
    }
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ onCancel),
/* harmony export */   KW: () => (/* binding */ cancelled),
/* harmony export */   qS: () => (/* binding */ exitWhenCancelled)
/* harmony export */ });
/* unused harmony exports CancelledError, cancel */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8474);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7035);
// A cancelled run: the Actions runner sends SIGINT, then SIGTERM 7.5 s later, then SIGKILL. On the
// first signal the run stops sending requests (those in flight are abandoned), gives back what it
// holds open in the registry (upload sessions, which would otherwise keep their partial data until
// the registry purges them), and exits, all well inside that grace period. Nothing else needs
// undoing: tags move last, once everything they point at is stored.



const cleanups = new Set();
const controller = new AbortController();
// Every request in flight listens (and stops listening once done): no leak to warn about.
(0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, controller.signal);
/** Aborted once the run is cancelled: no request starts after it, in-flight ones are dropped. */
const cancelled = controller.signal;
/** The error every request of a cancelled run fails with. */
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    constructor(reason) {
        super('CANCELLED', `The run was cancelled (${reason}).`);
    }
}
/** Registers `cleanup` to run if the run is cancelled; call the returned function once it is not needed. */
function onCancel(cleanup) {
    cleanups.add(cleanup);
    return () => void cleanups.delete(cleanup);
}
/** Cancels the run: aborts `cancelled`, then runs every cleanup, for at most `timeoutMs`. */
async function cancel(reason, timeoutMs) {
    controller.abort(new CancelledError(reason));
    const pending = [...cleanups].map((cleanup) => cleanup());
    cleanups.clear();
    let timer;
    await Promise.race([
        Promise.allSettled(pending),
        new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
}
/** How long the cleanups may take: well inside the 7.5 s before the runner's next signal. */
const CLEANUP_MS = 3_000;
/**
 * On SIGINT or SIGTERM: cancel, then `report` the signal and exit with 128 + its number. A second
 * signal while cleaning up exits at once.
 */
function exitWhenCancelled(report) {
    let cancelling = false;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, () => {
            const code = 128 + node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal];
            if (cancelling)
                process.exit(code);
            cancelling = true;
            void cancel(signal, CLEANUP_MS).finally(() => {
                report(signal);
                process.exit(code);
            });
        });
    }
}


/***/ }),

/***/ 9816:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var _context_git_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1974);
/* harmony import */ var _console_log_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(3392);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7035);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3957);
/* harmony import */ var _cancellation_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5235);
/* harmony import */ var _commands_dispatch_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7399);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8395);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(7855);
/* harmony import */ var _sign_identity_token_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(2570);
// The CLI: the action's flow outside GitHub Actions. Every input is a flag of the same name, the
// context comes from `git`, logs go to stderr and the outputs to stdout as `name=value` lines.











/**
 * Secrets on a command line show in `ps` and shell history: the CLI also takes them from the
 * environment, and `--cosign-key` names the key file (as cosign's `--key` does).
 */
const SECRET_ENV = {
    password: 'REGISTRY_PASSWORD',
    'cosign-password': 'COSIGN_PASSWORD',
    'github-token': 'GITHUB_TOKEN',
};
/** Where a flag means something other than its action input does. */
const CLI_DESCRIPTIONS = {
    'cosign-key': 'The cosign private key file to sign with (cosign.key).',
    sign: 'Sign the manifest digest with Sigstore: keyless, with the OIDC token in SIGSTORE_ID_TOKEN ' +
        "(your CI system's token for the 'sigstore' audience), or with --cosign-key when given.",
};
/** Inputs that take one value a line in the action take the flag once per value here. */
const MULTI_LINE = new Set(['promote', 'ignore-paths', 'annotations']);
const BOOLEAN = new Set(_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc.filter((i) => i.default === 'false').map((i) => i.name));
function help() {
    const flags = _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc.map((input) => {
        const value = BOOLEAN.has(input.name) ? '' : ' <value>';
        const fallback = input.cliDefault ?? input.default;
        const shown = fallback && !fallback.startsWith('${{') ? ` (default: ${fallback.replace(/\n/g, '; ')})` : '';
        const env = SECRET_ENV[input.name] ? ` Or set ${SECRET_ENV[input.name]}.` : '';
        const description = CLI_DESCRIPTIONS[input.name] ?? input.description;
        return `  --${input.name}${value}\n      ${description}${shown}${env}`;
    });
    return [
        'Usage: publish-oci-artifact [--url oci://<registry>/<repository>] [--path <dir>] [flags]',
        `       publish-oci-artifact <${_commands_dispatch_js__WEBPACK_IMPORTED_MODULE_6__/* .SUBCOMMAND_NAMES */ .h.join('|')}> … (each with --help)`,
        '',
        'Packages a directory as a Flux OCI artifact (or, with --artifact-type helm-chart, a Helm',
        'chart as helm package and helm push do) and publishes it. With no --url it writes to the OCI',
        `layout directory ./oci-layout. Flags repeat for one value a line (${[...MULTI_LINE].join(', ')}).`,
        '',
        'Flags:',
        ...flags,
        '  --debug\n      Print debug lines and stack traces.',
        '  --help\n      Print this help.',
        '',
        `Outputs (stdout, name=value): ${_report_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .OUTPUTS */ .p.map((o) => o.name).join(', ')}`,
    ].join('\n');
}
function readKeyFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('cosign-key', `cannot read the key file ${path}: ${error.message}`);
    }
}
async function main(argv) {
    const options = {
        help: { type: 'boolean', short: 'h' },
        debug: { type: 'boolean' },
    };
    for (const input of _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc) {
        options[input.name] = BOOLEAN.has(input.name)
            ? { type: 'boolean' }
            : { type: 'string', multiple: MULTI_LINE.has(input.name) };
    }
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowNegative: true, strict: true });
    if (values.help) {
        process.stdout.write(`${help()}\n`);
        return 0;
    }
    const log = (0,_console_log_js__WEBPACK_IMPORTED_MODULE_10__/* .consoleLog */ .a)({ debug: values.debug === true });
    const read = (name) => {
        const value = values[name];
        if (value === undefined)
            return process.env[SECRET_ENV[name] ?? ''] ?? '';
        if (name === 'cosign-key')
            return readKeyFile(String(value));
        return Array.isArray(value) ? value.join('\n') : String(value);
    };
    try {
        const cwd = process.cwd();
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInputs */ .TL)(read, {
            forCli: true,
            log,
            workspace: cwd,
        });
        const context = await (0,_context_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitContext */ .c)(cwd);
        const result = await (0,_main_js__WEBPACK_IMPORTED_MODULE_7__/* .publish */ .m)(inputs, context, log, {
            workspace: cwd,
            env: process.env,
            userAgent: 'publish-oci-artifact-cli',
            identity: (0,_sign_identity_token_js__WEBPACK_IMPORTED_MODULE_9__/* .environmentIdentityToken */ .r)(process.env),
        });
        for (const [name, value] of Object.entries((0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .outputValues */ .u)(result))) {
            process.stdout.write(`${name}=${value.replace(/\n/g, ' ')}\n`);
        }
        return 0;
    }
    catch (error) {
        // A cancelled run's requests fail on purpose: exitWhenCancelled reports it, then exits.
        if (_cancellation_js__WEBPACK_IMPORTED_MODULE_5__/* .cancelled */ .KW.aborted)
            await new Promise(() => undefined);
        if (values.debug && error instanceof Error && error.stack)
            log.debug(error.stack);
        log.info(`error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .Ic)(error).message}`);
        return 1;
    }
}
// Ctrl-C or a CI system's cancel: give back open upload sessions (cancellation.ts), then exit.
(0,_cancellation_js__WEBPACK_IMPORTED_MODULE_5__/* .exitWhenCancelled */ .qS)((signal) => process.stderr.write(`error: cancelled (${signal}) before the publish finished: no tag points at a partial artifact.\n`));
// A subcommand's name first runs it; anything else is publish, as before subcommands existed.
const [first, ...rest] = process.argv.slice(2);
const run = (0,_commands_dispatch_js__WEBPACK_IMPORTED_MODULE_6__/* .subcommand */ ._)(first);
if (run) {
    process.exitCode = await run(rest);
}
else {
    try {
        process.exitCode = await main(process.argv.slice(2));
    }
    catch (error) {
        // Flag parsing errors: one line, and the way to the help.
        process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.stderr.write('Run with --help to list the flags.\n');
        process.exitCode = 2;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ subcommand),
/* harmony export */   h: () => (/* binding */ SUBCOMMAND_NAMES)
/* harmony export */ });
const SUBCOMMANDS = {
    pull: () => Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(787), __nccwpck_require__.e(763), __nccwpck_require__.e(767)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5767)),
    list: () => __nccwpck_require__.e(/* import() */ 741).then(__nccwpck_require__.bind(__nccwpck_require__, 7741)),
    tag: () => __nccwpck_require__.e(/* import() */ 401).then(__nccwpck_require__.bind(__nccwpck_require__, 6401)),
    diff: () => __nccwpck_require__.e(/* import() */ 390).then(__nccwpck_require__.bind(__nccwpck_require__, 390)),
    build: () => __nccwpck_require__.e(/* import() */ 289).then(__nccwpck_require__.bind(__nccwpck_require__, 2289)),
    verify: () => Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(787), __nccwpck_require__.e(763), __nccwpck_require__.e(436)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6436)),
};
const SUBCOMMAND_NAMES = Object.keys(SUBCOMMANDS);
/** The subcommand `name` runs, or `undefined` when it names none (then it is publish's flag). */
function subcommand(name) {
    const load = name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
    return load && (async (argv) => (await load()).run(argv));
}


/***/ }),

/***/ 3392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ consoleLog)
/* harmony export */ });
function consoleLog(options = {}) {
    const secrets = new Set();
    const write = (prefix, message) => {
        let text = message;
        for (const secret of secrets)
            text = text.split(secret).join('***');
        process.stderr.write(`${prefix}${text}\n`);
    };
    return {
        debug: (m) => {
            if (options.debug)
                write('debug: ', m);
        },
        info: (m) => write('', m),
        notice: (m) => write('notice: ', m),
        warning: (m) => write('warning: ', m),
        async group(title, fn) {
            write('▶ ', title);
            return fn();
        },
        setSecret: (secret) => {
            if (secret)
                secrets.add(secret);
        },
    };
}


/***/ }),

/***/ 1974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ gitContext)
});

// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(7035);
;// CONCATENATED MODULE: ./build/context/run-git.js
// Runs `git` quietly: no command echo and no output in the job log, exit code and stderr returned
// so each caller decides whether a failure is fatal or only worth a warning. @actions/exec is
// loaded on the first call: most Actions runs never ask git (the event payload dates the commit).
async function runGit(cwd, args) {
    try {
        const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 980).then(__nccwpck_require__.bind(__nccwpck_require__, 7980));
        const result = await getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
        const ok = result.exitCode === 0;
        const error = ok
            ? ''
            : result.stderr.trim() || `git ${args[0] ?? ''} exited ${result.exitCode}`;
        return { ok, stdout: result.stdout.replace(/\r?\n$/, ''), error };
    }
    catch (error) {
        // git missing from PATH, or a working directory that does not exist.
        return { ok: false, stdout: '', error: error instanceof Error ? error.message : String(error) };
    }
}

;// CONCATENATED MODULE: ./build/context/commit-time.js
// The time recorded as the artifact's `created`: the commit's, so that publishing the same commit
// twice yields the same manifest digest. SOURCE_DATE_EPOCH (reproducible-builds.org) overrides it.


// RFC 3339 has four-digit years; toISOString() switches to `+010000-…` beyond them.
const LAST_RFC3339_SECOND = 253402300799;
/** RFC 3339 in UTC with whole seconds (`2024-05-13T13:56:21Z`), or undefined if not a time. */
function toUtcSeconds(time) {
    const ms = new Date(time).getTime();
    if (Number.isNaN(ms) || ms < 0 || ms > LAST_RFC3339_SECOND * 1000)
        return undefined;
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** SOURCE_DATE_EPOCH as a time when set; a value that is not whole seconds is an error. */
function sourceDateEpoch(env) {
    const value = env.SOURCE_DATE_EPOCH?.trim();
    if (!value)
        return undefined;
    const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
    const time = seconds <= LAST_RFC3339_SECOND ? toUtcSeconds(seconds * 1000) : undefined;
    if (time === undefined)
        throw new errors/* UserError */.yo('ENV_INVALID', `SOURCE_DATE_EPOCH='${value}' is not a time: set it to whole seconds since 1970-01-01 UTC ` +
            `(for example $(git log -1 --format=%ct)), or unset it to use the commit's time.`);
    return time;
}
/** The committer time of `commit` in the clone at `cwd`, or why it could not be read. */
async function gitCommitTime(cwd, commit) {
    const result = await runGit(cwd, ['log', '-1', '--format=%cI', commit, '--']);
    if (!result.ok)
        return { error: result.error };
    const time = toUtcSeconds(result.stdout);
    return time === undefined ? { error: `git printed '${result.stdout}'` } : { time };
}

// EXTERNAL MODULE: ./build/context/ref.js
var context_ref = __nccwpck_require__(6147);
;// CONCATENATED MODULE: ./build/context/remote-url.js
// The https address of a Git remote, for the `source` annotation. Remotes come in several
// spellings (https with credentials, ssh://, scp-like user@host:path, git://); the annotation is
// public, so whatever userinfo the remote URL carried must never reach it.
const SCP_LIKE = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/;
/** `https://host/org/repo` for a remote URL, or undefined for a local path or unknown form. */
function httpsRepositoryUrl(remote) {
    const scp = SCP_LIKE.exec(remote);
    if (scp && !remote.includes('://'))
        return join('https:', scp[1] ?? '', scp[2] ?? '');
    let url;
    try {
        url = new URL(remote);
    }
    catch {
        return undefined;
    }
    switch (url.protocol) {
        case 'https:':
        case 'http:':
            // `host` keeps a web port; an ssh or git port means nothing to https, so those drop it.
            return join(url.protocol, url.host, url.pathname);
        case 'ssh:':
        case 'git:':
        case 'git+ssh:':
        case 'ssh+git:':
            return join('https:', url.hostname, url.pathname);
        default:
            return undefined;
    }
}
function join(protocol, host, path) {
    const clean = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    return host && clean ? `${protocol}//${host}/${clean}` : undefined;
}

;// CONCATENATED MODULE: ./build/context/git.js
// The context of a local run (the CLI): everything from the Git clone, nothing from GitHub. The
// event is `local`; the ref is the checked-out branch, or for a detached HEAD (how CI systems
// check tags out) the newest tag pointing at it.





async function gitContext(cwd, env = process.env) {
    const head = await runGit(cwd, ['rev-parse', '--verify', 'HEAD']);
    if (!head.ok)
        throw new errors/* UserError */.yo('GIT_UNAVAILABLE', `Could not read the checked-out commit in ${cwd} from git (${head.error}). Run this inside ` +
            'a Git clone with at least one commit.');
    const sha = head.stdout.toLowerCase();
    const [ref, defaultBranch, origin, time] = await Promise.all([
        checkedOutRef(cwd),
        runGit(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']),
        runGit(cwd, ['remote', 'get-url', 'origin']),
        commitTime(cwd, sha, env),
    ]);
    return {
        eventName: 'local',
        ref,
        ...(0,context_ref/* describeRef */.Ro)(ref),
        sha,
        shortSha: sha.slice(0, context_ref/* SHORT_SHA_LENGTH */.JS),
        // `origin/main` → `main`; unset until a clone or `git remote set-head origin --auto` sets it.
        defaultBranch: defaultBranch.ok ? defaultBranch.stdout.replace(/^[^/]*\//, '') : undefined,
        repositoryUrl: origin.ok ? httpsRepositoryUrl(origin.stdout) : undefined,
        commitTime: time,
    };
}
async function checkedOutRef(cwd) {
    const branch = await runGit(cwd, ['symbolic-ref', '--quiet', 'HEAD']);
    if (branch.ok)
        return branch.stdout;
    const tags = await runGit(cwd, ['tag', '--points-at', 'HEAD', '--sort=-creatordate']);
    const newest = tags.ok ? tags.stdout.split('\n')[0] : undefined;
    return newest ? `refs/tags/${newest}` : 'HEAD';
}
async function commitTime(cwd, sha, env) {
    const fixed = sourceDateEpoch(env);
    if (fixed)
        return fixed;
    const committed = await gitCommitTime(cwd, sha);
    if ('time' in committed)
        return committed.time;
    throw new errors/* UserError */.yo('GIT_UNAVAILABLE', `Could not read the time of commit ${sha}: ${committed.error}`);
}


/***/ }),

/***/ 6147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ refLabel),
/* harmony export */   JS: () => (/* binding */ SHORT_SHA_LENGTH),
/* harmony export */   Ro: () => (/* binding */ describeRef)
/* harmony export */ });
const SHORT_SHA_LENGTH = 7;
/** The ref's kind and short name, the way Git and Flux split `refs/<kind>/<name>`. */
function describeRef(ref) {
    if (ref.startsWith('refs/heads/')) {
        const branch = ref.slice('refs/heads/'.length);
        return { refName: branch, refType: 'branch', branch };
    }
    if (ref.startsWith('refs/tags/')) {
        const gitTag = ref.slice('refs/tags/'.length);
        return { refName: gitTag, refType: 'tag', gitTag };
    }
    // Flux keeps everything after the second slash: `refs/pull/1/merge` → `1/merge`.
    const parts = /^refs\/[^/]+\/(.+)$/.exec(ref);
    return { refName: parts?.[1] ?? '', refType: 'other' };
}
/** The ref as a person reads it in a reason: `refs/heads/main`, or `the detached HEAD`. */
function refLabel(ctx) {
    return ctx.ref === 'HEAD' ? 'the detached HEAD' : ctx.ref;
}


/***/ }),

/***/ 7035:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// Errors written for the person running the action: what went wrong, which input or registry answer
// caused it, and what to do. Only the entry points (index.ts, cli.ts) decide how to print them.
class UserError extends Error {
    /** A stable, machine-readable code, e.g. `INPUT_INVALID`, `REGISTRY_DENIED`. */
    code;
    /** The action input (or CLI flag) the error is about, when there is one. */
    input;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.code = code;
        this.input = options.input;
    }
}
/** An error about one input: the message names it and says what to do. */
function inputError(input, message, cause) {
    return new UserError('INPUT_INVALID', `Input '${input}': ${message}`, { input, cause });
}
/**
 * Failures of the layers that know no input names (the registry client), by code: the input they
 * are about, so that the message and the annotation name it as for every other bad input.
 */
const INPUT_OF_CODE = {
    REFERENCE_INVALID: 'url',
    REGISTRY_UNREACHABLE: 'url',
};
/** How an entry point reports a failure: one message, and the input at fault when there is one. */
function describeFailure(error) {
    if (!(error instanceof UserError)) {
        const message = error instanceof Error ? error.message : String(error);
        return { message: error instanceof Error ? `Unexpected error: ${message}` : message };
    }
    const input = error.input ?? INPUT_OF_CODE[error.code];
    const named = input === undefined || error.message.startsWith(`Input '${input}'`);
    return {
        message: named ? error.message : `Input '${input}': ${error.message}`,
        code: error.code,
        ...(input === undefined ? {} : { input }),
    };
}


/***/ }),

/***/ 3957:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ registryTarget),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   mc: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony exports DEFAULT_PROMOTE, ARTIFACT_TYPES, DEFAULT_LAYOUT, PUBLIC_FULCIO_URL, PUBLIC_REKOR_URL, signsInPublicLog */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7035);
/* harmony import */ var _oci_location_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3521);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9789);
/* harmony import */ var _rules_chart_versions_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4358);
/* harmony import */ var _rules_promote_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2872);
/* harmony import */ var _rules_tag_template_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6026);
/* harmony import */ var _sign_service_url_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4153);
// Every input, declared once: the action (action.yml, checked by a test), the CLI (flags and --help)
// and the README tables all come from this list, and `parseInputs` turns raw strings into one typed,
// validated object that the rest of the code trusts.







const DEFAULT_PROMOTE = 'latest: branch={{default_branch}}\nstable: semver=*, prerelease=false, highest=true';
/** What `path` holds, and so how it is packaged and where it goes. */
const ARTIFACT_TYPES = ['flux', 'helm-chart'];
const DEFAULT_LAYOUT = 'oci-layout:oci-layout';
const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';
const INPUTS = [
    {
        name: 'url',
        description: 'Where to publish: `oci://<registry>/<repository>`, or `oci-layout:<dir>` for an OCI image layout on disk. No tag: tags come from `tag` and `promote`.',
        example: 'oci://ghcr.io/my-org/manifests/app',
        required: true,
        cliDefault: DEFAULT_LAYOUT,
    },
    {
        name: 'path',
        description: 'The directory (or single file) to package, relative to the workspace; with `artifact-type: helm-chart`, the chart directory (the one holding `Chart.yaml`).',
        default: '.',
        example: './deploy/production',
    },
    {
        name: 'artifact-type',
        description: "What `path` holds: `flux` (any directory or file, published as a Flux OCI artifact at `url`) or `helm-chart` (a chart, packaged as `helm package` does and pushed as `helm push` does, to `<url>/<chart name>:<chart version>`; `tag`, `diff-tag`, `ignore-paths` and `resolve-symlinks` do not apply: Helm's `.helmignore` and the chart's version do).",
        default: 'flux',
        example: 'helm-chart',
    },
    {
        name: 'chart-version',
        description: "With `artifact-type: helm-chart`: the chart version to publish instead of `Chart.yaml`'s, written into `Chart.yaml` inside the archive only (as `helm package --version`). Placeholders as in `tag`: `{{version}}` is the semver Git tag's version (`v1.2.3` → `1.2.3`), and a run that is not for such a tag fails. Default: `Chart.yaml`'s `version`.",
        example: '{{version}}',
    },
    {
        name: 'chart-app-version',
        description: "With `artifact-type: helm-chart`: the chart's `appVersion` instead of `Chart.yaml`'s, written as `chart-version` is (`helm package --app-version`). Placeholders as in `tag`. Default: `Chart.yaml`'s `appVersion`.",
        example: '{{tag}}',
    },
    {
        name: 'tag',
        description: "The primary tag. Templates: `{{sha}}` (the full commit sha, as `github.sha`; docker/metadata-action's `{{sha}}` is the short one, which is `{{short_sha}}` here), `{{short_sha}}` (7 characters), `{{branch}}`, `{{tag}}`, `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}`, `{{run_number}}`, `{{default_branch}}`. Default: the Git tag on tag refs and releases, otherwise the short commit sha.",
        example: '{{short_sha}}',
    },
    {
        name: 'promote',
        description: 'Promotion rules, one a line: `<tag template>: <condition>, …` with conditions `branch=<glob>`, `tag=<glob>`, `event=<name>`, `semver=<range>`, `prerelease=true|false`, `highest=true`. Default (not given, or empty): `latest: branch={{default_branch}}` and `stable: semver=*, prerelease=false, highest=true` for Flux artifacts; none for Helm charts, which Helm and Flux resolve by version. `none`: promote nothing.',
        example: 'edge: branch=main',
    },
    {
        name: 'ignore-paths',
        description: 'Gitignore patterns to leave out, one a line, added to Flux defaults (`.git/`, images, archives) and `.sourceignore` files.',
        default: '',
        example: '*.md',
    },
    {
        name: 'annotations',
        description: 'Extra manifest annotations, one `key=value` a line (values may contain `=`).',
        default: '',
        example: 'org.opencontainers.image.description=Production manifests',
    },
    {
        name: 'source',
        description: '`org.opencontainers.image.source`. Default: the repository URL (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY`).',
        example: 'https://github.com/my-org/app',
    },
    {
        name: 'revision',
        description: '`org.opencontainers.image.revision`. Default: `<ref name>@sha1:<commit sha>`.',
        example: 'main@sha1:6b86b273ff34fce19d6b804eff5a3f5747ada4ea',
    },
    {
        name: 'diff-tag',
        description: 'Compare with the artifact at this tag: when the content is unchanged, push no new manifest and point the planned tags at the existing one. Default: no comparison.',
        example: 'latest',
    },
    {
        name: 'resolve-symlinks',
        description: 'Package symlinks that resolve inside the workspace as the files they point to (`true`), or skip them with a warning (`false`).',
        default: 'false',
        example: 'true',
    },
    {
        name: 'dry-run',
        description: 'Print the plan and publish nothing. `auto` is true for `pull_request`, `pull_request_target` and `merge_group` events.',
        default: 'auto',
        example: 'true',
    },
    {
        name: 'sign',
        description: 'Sign the manifest digest with Sigstore: keyless (needs `permissions: id-token: write`), or with `cosign-key` when given.',
        default: 'false',
        example: 'true',
    },
    {
        name: 'signature-format',
        description: 'Which forms to write, keyless or with `cosign-key` alike: `both` a Sigstore bundle referrer (Flux ≥ 2.8, cosign v3; with a key it names the key by its hint, as `cosign sign --key` v3 does) and the legacy `.sig` tag (older Flux, cosign v2); `bundle` the bundle only; `legacy` the `.sig` only.',
        default: 'both',
        example: 'legacy',
    },
    {
        name: 'fulcio-url',
        description: 'Fulcio for keyless certificates.',
        default: PUBLIC_FULCIO_URL,
        example: 'https://fulcio.example.com',
    },
    {
        name: 'rekor-url',
        description: 'Rekor (v1 API) transparency log.',
        default: PUBLIC_REKOR_URL,
        example: 'https://rekor.example.com',
    },
    {
        name: 'tsa-url',
        description: 'An RFC 3161 timestamp authority to add a signed timestamp. Default: none.',
        example: 'https://timestamp.example.com/api/v1/timestamp',
    },
    {
        name: 'signing-config',
        description: "A cosign signing config (`signing_config.v0.2.json`), by its path in the workspace: Fulcio, Rekor (API v1 or v2) and the TSA are taken from it as cosign v3's `--signing-config` takes them (valid now, highest API version, newest first; `ANY`, `ALL` or `EXACT`). Not with `fulcio-url`, `rekor-url` or `tsa-url`. With Rekor v2, keyless signing needs a TSA in it, and `signature-format: bundle`.",
        example: './sigstore/signing_config.v0.2.json',
    },
    {
        name: 'cosign-key',
        description: 'A cosign private key (the contents of `cosign.key`, from a secret): sign with it instead of keyless.',
        example: 'the secret COSIGN_KEY',
        secret: true,
    },
    {
        name: 'cosign-password',
        description: "The password of `cosign-key` (cosign's `COSIGN_PASSWORD`).",
        example: 'the secret COSIGN_PASSWORD',
        secret: true,
    },
    {
        name: 'key-tlog-upload',
        description: 'With `cosign-key`: also record the signature in `rekor-url` (public by default, which reveals the repository).',
        default: 'false',
        example: 'true',
    },
    {
        name: 'username',
        description: 'Registry user name. Default: from the Docker config (`~/.docker/config.json`, credential helpers), or the workflow actor for ghcr.io.',
        example: 'the workflow actor (github.actor)',
    },
    {
        name: 'password',
        description: 'Registry password or token, with `username`.',
        example: 'the secret REGISTRY_TOKEN',
        secret: true,
    },
    {
        name: 'github-token',
        description: 'Used for ghcr.io when no other credentials are found.',
        default: '${{ github.token }}',
        example: 'the secret GITHUB_TOKEN',
        secret: true,
    },
    {
        name: 'insecure-registry',
        description: 'Allow plain HTTP to a registry that is not on loopback (loopback always may use HTTP).',
        default: 'false',
        example: 'true',
    },
];
function lines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
function boolean(name, value) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `'${value}' is not a boolean: use true or false.`);
}
function oneOf(name, value, allowed) {
    const v = value.trim().toLowerCase();
    if (allowed.includes(v))
        return v;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `'${value}' is not one of ${allowed.join(', ')}.`);
}
/** A Sigstore service URL (sign/service-url.ts says which may be used), without trailing slashes. */
function serviceUrl(name, value) {
    const problem = (0,_sign_service_url_js__WEBPACK_IMPORTED_MODULE_6__/* .serviceURLProblem */ .q)(value);
    if (problem)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `${problem}.`);
    return value.replace(/\/+$/, '');
}
/**
 * A signing config names every service, as cosign's `--signing-config` does: beside it, a service URL
 * input (other than its default, which the runner passes when it is not given) is refused.
 */
function refuseServiceUrls(raw) {
    for (const name of ['fulcio-url', 'rekor-url', 'tsa-url']) {
        const value = raw(name);
        if (value !== '' && value !== INPUTS.find((d) => d.name === name)?.default) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('signing-config', `given with '${name}': the signing config names Fulcio, Rekor and the TSA, so give one or the other.`);
        }
    }
}
function tagName(name, value) {
    if (value !== undefined && !(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTag */ .r_)(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `'${value}' is not an OCI tag: 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'.`);
    }
    return value;
}
/** How the report names the target; a tag or digest in `url` is refused (tags come from inputs). */
function describeTarget(url, location) {
    if (location.kind === 'layout')
        return { kind: 'layout', url, name: location.directory };
    if (location.tag || location.digest) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('url', `'${url}' names a ${location.tag ? 'tag' : 'digest'}: give only oci://<registry>/<repository>; tags come from the 'tag' and 'promote' inputs.`);
    }
    return registryTarget(location);
}
/** How the report names a registry repository. */
function registryTarget({ registry, repository }) {
    return {
        kind: 'registry',
        url: `oci://${registry}/${repository}`,
        name: `${registry}/${repository}`,
    };
}
function annotations(text) {
    const result = {};
    for (const line of lines(text)) {
        const eq = line.indexOf('=');
        if (eq <= 0) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('annotations', `'${line}' is not key=value: write one annotation a line, e.g. org.opencontainers.image.description=Manifests.`);
        }
        result[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return result;
}
/** Inputs that mean nothing for a Helm chart, refused when given rather than silently ignored. */
const NOT_FOR_CHARTS = {
    tag: "a chart is published under its version (Chart.yaml's, or 'chart-version'); remove 'tag'",
    'diff-tag': "a chart version is always compared with the one already at its own tag; remove 'diff-tag'",
    'ignore-paths': "a chart leaves files out with its own .helmignore, as Helm does; remove 'ignore-paths' and write the patterns there",
    'resolve-symlinks': "a chart's symbolic links are always followed inside the workspace, as helm package follows them; remove 'resolve-symlinks'",
};
/** Inputs that only mean something for a Helm chart. */
const ONLY_FOR_CHARTS = ['chart-version', 'chart-app-version'];
/**
 * Refuses an input the artifact type ignores: a user who sets one expects it to act. `given` says
 * whether an input was set to something other than its default.
 */
function checkApplies(type, given) {
    if (type === 'helm-chart') {
        for (const [name, why] of Object.entries(NOT_FOR_CHARTS)) {
            if (given(name))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `does not apply to 'artifact-type: helm-chart': ${why}.`);
        }
        return;
    }
    for (const name of ONLY_FOR_CHARTS) {
        if (given(name)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `applies only to Helm charts: set 'artifact-type: helm-chart' (with 'path' naming the chart directory), or remove '${name}'.`);
        }
    }
}
/** `url` as a location; the registry client's own words, as an error about the input. */
function location(url, workspace) {
    try {
        return (0,_oci_location_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLocation */ .z)(url, workspace);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo && error.code === 'REFERENCE_INVALID') {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('url', error.message, error);
        }
        throw error;
    }
}
/**
 * Parses every input. `read` returns '' for an input not given; the definitions' defaults then
 * apply (`cliDefault` first when `forCli`). Secret values are masked through `log` before anything
 * else can print them. A relative `oci-layout:<dir>` is resolved against `workspace` (default: the
 * working directory).
 */
function parseInputs(read, options = {}) {
    const raw = (name) => {
        const definition = INPUTS.find((d) => d.name === name);
        if (!definition)
            throw new Error(`unknown input ${name}`);
        const given = read(name).trim();
        if (given !== '') {
            if (definition.secret)
                options.log?.setSecret(given);
            return given;
        }
        const fallback = (options.forCli ? definition.cliDefault : undefined) ?? definition.default;
        // A workflow expression default only means something inside a workflow.
        return fallback === undefined || fallback.startsWith('${{') ? '' : fallback;
    };
    const optional = (name) => raw(name) || undefined;
    const url = raw('url');
    if (url === '') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('url', 'required, and not given: set it to oci://<registry>/<repository> or oci-layout:<dir>.');
    }
    if (!url.startsWith('oci://') && !url.startsWith('oci-layout:')) {
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1];
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('url', `'${url}' ${scheme ? `uses ${scheme}://` : 'has no scheme'}: write oci://<registry>/<repository> (e.g. oci://ghcr.io/my-org/manifests/app), or oci-layout:<dir>.`);
    }
    const parsed = location(url, options.workspace);
    const target = describeTarget(url, parsed);
    const username = optional('username');
    const password = optional('password');
    if (username && !password) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('password', 'not given, but username is: give both, or neither to use the Docker config.');
    }
    if (password && !username) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('username', 'not given, but password is: give both, or neither to use the Docker config.');
    }
    const cosignKey = optional('cosign-key');
    const signatureFormat = oneOf('signature-format', raw('signature-format'), [
        'both',
        'legacy',
        'bundle',
    ]);
    const tsaUrl = optional('tsa-url');
    const signingConfig = optional('signing-config');
    if (signingConfig !== undefined)
        refuseServiceUrls(raw);
    const artifactType = oneOf('artifact-type', raw('artifact-type'), ARTIFACT_TYPES);
    const resolveSymlinks = boolean('resolve-symlinks', raw('resolve-symlinks'));
    checkApplies(artifactType, (name) => name === 'resolve-symlinks' ? resolveSymlinks : optional(name) !== undefined);
    // Not given (or empty): the type's default rules; the action cannot tell empty from not given.
    // An empty input cannot be told from one not given (the runner passes '' for both): `none` says
    // "no promotion" where the default would promote.
    const given = optional('promote');
    const promote = given?.toLowerCase() === 'none'
        ? ''
        : (given ?? (artifactType === 'flux' ? DEFAULT_PROMOTE : ''));
    return {
        url,
        location: parsed,
        target,
        path: raw('path'),
        artifactType,
        chartVersion: (0,_rules_chart_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChartVersionTemplate */ ._)('chart-version', raw('chart-version')),
        chartAppVersion: (0,_rules_chart_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChartVersionTemplate */ ._)('chart-app-version', raw('chart-app-version')),
        tagTemplate: (0,_rules_tag_template_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTagTemplate */ .O7)(raw('tag')),
        promoteRules: (0,_rules_promote_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePromoteRules */ .n)(promote),
        ignorePaths: lines(raw('ignore-paths')),
        annotations: annotations(raw('annotations')),
        source: optional('source'),
        revision: optional('revision'),
        diffTag: tagName('diff-tag', optional('diff-tag')),
        resolveSymlinks,
        dryRun: oneOf('dry-run', raw('dry-run'), ['auto', 'true', 'false']),
        sign: boolean('sign', raw('sign')),
        signatureFormat,
        fulcioUrl: serviceUrl('fulcio-url', raw('fulcio-url')),
        rekorUrl: serviceUrl('rekor-url', raw('rekor-url')),
        tsaUrl: tsaUrl && serviceUrl('tsa-url', tsaUrl),
        signingConfig,
        cosignKey,
        cosignPassword: optional('cosign-password'),
        keyTlogUpload: boolean('key-tlog-upload', raw('key-tlog-upload')),
        username,
        password,
        githubToken: optional('github-token'),
        insecureRegistry: boolean('insecure-registry', raw('insecure-registry')),
    };
}
/** Whether signing records the run in a transparency log (public-good Rekor is public). */
function signsInPublicLog(inputs) {
    return inputs.sign && (inputs.cosignKey === undefined || inputs.keyTlogUpload);
}


/***/ }),

/***/ 6268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ phase),
/* harmony export */   aB: () => (/* binding */ silentLog),
/* harmony export */   f: () => (/* binding */ uploadProgress),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// How every part of the program talks to the person running it: one interface, whatever the part.
// The action logs through @actions/core (groups, annotations, masking: github/log.ts), the CLI
// through stderr (console-log.ts); both get the same phases, sizes and timings.
/** Says nothing and masks nothing: for callers that give no log. */
const silentLog = {
    debug: () => undefined,
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    group: (_title, fn) => fn(),
    setSecret: () => undefined,
};
/** "1.2 MB", "512 B": sizes for humans. */
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** Runs one phase as a log group and ends it with its duration. */
async function phase(log, title, fn) {
    return log.group(title, async () => {
        const start = performance.now();
        const result = await fn();
        log.info(`${title}: done in ${Math.round(performance.now() - start)} ms`);
        return result;
    });
}
/** Uploads smaller than this finish too fast for progress lines to help. */
const PROGRESS_THRESHOLD_BYTES = 10 * 1000 * 1000;
/**
 * A progress callback for one upload: a line at every tenth of a large upload (none for small
 * ones), so long uploads show they are moving without flooding the log.
 */
function uploadProgress(log, label, total) {
    if (total < PROGRESS_THRESHOLD_BYTES)
        return undefined;
    let reported = 0;
    return ({ sent }) => {
        const tenth = Math.floor((sent / total) * 10);
        if (tenth <= reported)
            return;
        reported = tenth;
        log.info(`  ${label}: ${formatBytes(sent)} of ${formatBytes(total)} (${tenth * 10}%)`);
    };
}


/***/ }),

/***/ 8395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ publish)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/artifact/artifact-errors.js
var artifact_errors = __nccwpck_require__(1859);
// EXTERNAL MODULE: ./build/artifact/build.js
var build = __nccwpck_require__(3053);
// EXTERNAL MODULE: ./build/artifact/change-detection.js
var change_detection = __nccwpck_require__(2143);
// EXTERNAL MODULE: ./build/artifact/helm/helm-format.js
var helm_format = __nccwpck_require__(3598);
// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(7035);
;// CONCATENATED MODULE: ./build/artifact/helm/published-chart.js
// Is this chart version already published with the same content? Charts are immutable by
// convention (and `helm push` silently overwrites), so the flow refuses a version published with
// other content and treats the same content as done. The same content means the same files with
// the same bytes, whichever tool wrote the archive: a chart `helm push`ed from `helm package`
// counts as the same as ours, whatever the times in its tar.



/**
 * Compares `built` with what `repository` holds at `tag`. No `manifest` in the answer: nothing is
 * published there; `unchanged` false with a `manifest`: another chart holds the version.
 */
function compareChartWithPublished(repository, tag, built) {
    return (0,change_detection/* compareWithPublished */.a)(repository, tag, built, {
        mediaType: helm_format/* HELM_CHART_CONTENT_MEDIA_TYPE */.yK,
        kind: 'a Helm chart',
    });
}
/** Refuses `chart` at `reference` when another chart already holds that version. */
function chartVersionTaken(chart, reference, fix) {
    const where = fix.input === 'path' ? `'version' in ${fix.chartFile}` : `the version '${fix.input}' gives`;
    return new errors/* UserError */.yo('CHART_VERSION_EXISTS', `${chart.name} ${chart.version} is already published at ${reference} with other content, ` +
        `and nothing was pushed: chart versions are immutable, since Helm and Flux fetch a ` +
        `version once and keep it. Bump ${where} to publish this content.`, { input: fix.input });
}

// EXTERNAL MODULE: ./build/log.js
var build_log = __nccwpck_require__(6268);
;// CONCATENATED MODULE: ./build/artifact/push.js
// Pushing a built artifact: blobs, then the manifest by digest only. No tag points at the artifact
// until its content is all there and, when signing, its signatures too (promote/move-tags.ts).

async function pushArtifact(repository, built, log) {
    // Side by side: each blob is a few round trips, and the small config need not wait for the
    // layer. Both settle before anything goes on, so no upload still reads a layer file that the
    // caller removes once this fails.
    const blobs = [built.config, built.layer, ...(built.otherLayers ?? [])];
    const pushed = await Promise.allSettled(blobs.map((blob) => {
        const onProgress = (0,build_log/* uploadProgress */.f)(log, blob.digest.slice(0, 19), blob.size);
        return repository.putBlob(blob, { onProgress });
    }));
    for (const outcome of pushed)
        if (outcome.status === 'rejected')
            throw outcome.reason;
    for (const blob of blobs)
        log.info(`blob ${blob.digest} (${(0,build_log/* formatBytes */.z3)(blob.size)})`);
    await repository.putManifest(built.manifest, built.manifest.digest);
    log.info(`manifest ${built.manifest.digest}`);
    return built.manifest;
}

;// CONCATENATED MODULE: ./build/context/context.js
// Everything known about where the action (or the CLI) runs: event, ref, commit, repository. The
// Actions runner and a local Git clone both fill this one type; the plan and the annotations read
// only this.
/** The default `source` annotation: the repository's https URL. */
function defaultSource(ctx) {
    return ctx.repositoryUrl;
}
/**
 * The default `revision` annotation in Flux's RFC-0005 form, `<ref name>@sha1:<sha>`
 * (`main@sha1:6b86…`); a commit with no name is `sha1:<sha>`, as Flux writes it.
 */
function defaultRevision(ctx) {
    const digest = `${ctx.sha.length === 64 ? 'sha256' : 'sha1'}:${ctx.sha}`;
    return ctx.refName ? `${ctx.refName}@${digest}` : digest;
}

// EXTERNAL MODULE: ./build/inputs.js
var build_inputs = __nccwpck_require__(3957);
// EXTERNAL MODULE: ./build/oci/credentials.js + 2 modules
var credentials = __nccwpck_require__(3218);
// EXTERNAL MODULE: ./build/oci/open.js + 15 modules
var oci_open = __nccwpck_require__(6999);
;// CONCATENATED MODULE: ./build/promote/move-tags.js
/**
 * Points every tag at `manifest`, in order (the primary tag first, then the promotions). `current`
 * was just read pointing at the manifest (the diff-tag): putting it there again is a request for
 * nothing, and would undo a move made since by a newer run. Returns the tags that now point at it.
 */
async function moveTags(repository, manifest, tags, log, current) {
    for (const tag of tags) {
        if (tag === current) {
            log.info(`${tag} already → ${manifest.digest}`);
            continue;
        }
        await repository.putManifest(manifest, tag);
        log.info(`tagged ${tag} → ${manifest.digest}`);
    }
    return [...tags];
}

;// CONCATENATED MODULE: ./build/report/flux.js
// Ready-to-paste Flux configuration for what was just published, and the cosign command that checks
// the same signature by hand.


function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The certificate subjects Flux should accept, from the one Fulcio certified for this run
 * (`https://github.com/<owner>/<repo>/.github/workflows/<file>@<ref>`): this workflow file on this
 * branch, or on any tag when the run was for a tag (each release has its own ref).
 */
function keylessSubjectRegex(subject) {
    const at = subject.lastIndexOf('@');
    const ref = subject.slice(at + 1);
    const refPattern = ref.startsWith('refs/tags/') ? 'refs/tags/.+' : escapeRegex(ref);
    return `^${escapeRegex(subject.slice(0, at))}@${refPattern}$`;
}
/** `spec.ref`: the highest release once a release was published, else the tag just published. */
function refLines({ tags, plan }) {
    const release = tags.includes('stable') || /^v?\d+\.\d+\.\d+$/.test(plan.primaryTag);
    return release ? ['    semver: "*"'] : [`    tag: ${plan.promotedTags[0] ?? plan.primaryTag}`];
}
/** `spec.verify` for this run's signature: its key's Secret, or its workflow identity. */
function verifyLines({ signature }) {
    if (signature?.method === 'key')
        return verifyBlockLines({ secretName: 'cosign-pub' });
    if (!signature?.identity)
        return [];
    return verifyBlockLines({
        identities: [
            {
                issuer: `^${escapeRegex(signature.identity.issuer)}$`,
                subject: signature.identity.subjectRegex,
            },
        ],
    });
}
function ociRepository(result, name, layerSelector) {
    return [
        'apiVersion: source.toolkit.fluxcd.io/v1',
        'kind: OCIRepository',
        'metadata:',
        `  name: ${name}`,
        '  namespace: flux-system',
        'spec:',
        '  interval: 5m',
        `  url: oci://${result.target.name}`,
        '  ref:',
        ...refLines(result),
        ...layerSelector,
        ...verifyLines(result),
    ];
}
/**
 * What consumes a Helm chart: an OCIRepository that copies the chart archive out as it is (the
 * `layerSelector` of Flux's Helm guide) and a HelmRelease whose `chartRef` is that repository.
 */
function helmChartYaml(result, name) {
    return [
        ...ociRepository(result, name, [
            '  layerSelector:',
            `    mediaType: "${HELM_CHART_CONTENT_MEDIA_TYPE}"`,
            '    operation: copy',
        ]),
        '---',
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata:',
        `  name: ${name}`,
        '  namespace: flux-system',
        'spec:',
        '  interval: 10m',
        '  chartRef:',
        '    kind: OCIRepository',
        `    name: ${name}`,
    ];
}
/** A Flux artifact's OCIRepository and a Kustomization that applies it. */
function kustomizationYaml(result, name) {
    return [
        ...ociRepository(result, name, []),
        '---',
        'apiVersion: kustomize.toolkit.fluxcd.io/v1',
        'kind: Kustomization',
        'metadata:',
        `  name: ${name}`,
        '  namespace: flux-system',
        'spec:',
        '  interval: 10m',
        '  prune: true',
        '  sourceRef:',
        '    kind: OCIRepository',
        `    name: ${name}`,
        '  path: ./',
    ];
}
/** The Flux objects that consume what was published, with `verify` when it was signed. */
function fluxYaml(result) {
    const { chart } = result.plan;
    const name = chart?.name ?? result.target.name.split('/').pop() ?? 'app';
    const lines = chart ? helmChartYaml(result, name) : kustomizationYaml(result, name);
    return [...lines, ''].join('\n');
}
/** The `cosign verify` command that checks this artifact's signature by hand. */
function cosignVerifyCommand(result) {
    const { signature, digest, target } = result;
    if (!signature || !digest)
        return undefined;
    const ref = `${target.name}@${digest}`;
    if (signature.method === 'key')
        return `cosign verify --key cosign.pub ${ref}`;
    if (!signature.identity)
        return undefined;
    return [
        `cosign verify ${ref}`,
        `  --certificate-oidc-issuer '${signature.identity.issuer}'`,
        `  --certificate-identity-regexp '${signature.identity.subjectRegex}'`,
    ].join(' \\\n');
}

;// CONCATENATED MODULE: ./build/report/signature.js

/** What signing reports, as the summary and outputs need it (the identity as Flux matches it). */
function signatureReport(signed, method, durationMs) {
    return {
        method,
        durationMs,
        signatureTag: signed.signatureTag,
        bundleDigest: signed.bundleDigest,
        rekorLogIndexes: signed.rekorLogIndexes,
        identity: signed.identity && {
            issuer: signed.identity.issuer,
            subjectRegex: keylessSubjectRegex(signed.identity.subject),
        },
        publicKey: signed.publicKey,
    };
}

// EXTERNAL MODULE: ./build/rules/chart-versions.js
var chart_versions = __nccwpck_require__(4358);
// EXTERNAL MODULE: ../main/node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6310);
// EXTERNAL MODULE: ./build/context/ref.js
var ref = __nccwpck_require__(6147);
// EXTERNAL MODULE: ./build/rules/promote-rules.js
var promote_rules = __nccwpck_require__(2872);
// EXTERNAL MODULE: ./build/rules/template.js
var template = __nccwpck_require__(6306);
// EXTERNAL MODULE: ./build/rules/version.js
var rules_version = __nccwpck_require__(1182);
;// CONCATENATED MODULE: ./build/rules/conditions.js
// Whether one condition of a promotion rule holds here, and why (not), in words a person reading
// the plan understands: "v6.2.0-rc.1 is a prerelease", "6.0.5 is lower than v6.1.0".





function collectFacts(ctx, values, existingTags) {
    return {
        ctx,
        values,
        version: ctx.gitTag === undefined ? undefined : (0,rules_version/* versionOfGitTag */.M)(ctx.gitTag),
        existingVersions: existingTags?.flatMap((tag) => {
            const version = (0,rules_version/* versionOfTag */.m)(tag);
            return version ? [{ tag, version }] : [];
        }),
    };
}
function judge(condition, facts) {
    const { ctx } = facts;
    switch (condition.key) {
        case 'branch':
            return ctx.branch === undefined
                ? no(`${(0,ref/* refLabel */.E3)(ctx)} is not a branch`)
                : matchGlob('branch', ctx.branch, condition.glob, facts);
        case 'tag':
            return ctx.gitTag === undefined
                ? no(`${(0,ref/* refLabel */.E3)(ctx)} is not a Git tag`)
                : matchGlob('Git tag', ctx.gitTag, condition.glob, facts);
        case 'event':
            return matchGlob('event', ctx.eventName, condition.glob, facts);
        case 'semver':
            return withVersion(facts, (version, tag) => condition.range.test(version.semver)
                ? yes(`${tag} is in range ${condition.range.raw}`)
                : no(`${tag} is not in range ${condition.range.raw}`));
        case 'prerelease':
            return withVersion(facts, (version, tag) => {
                const { prerelease, reason } = describePrerelease(version, tag, ctx);
                return { holds: prerelease === condition.value, reason };
            });
        case 'highest':
            return withVersion(facts, (version, tag) => {
                if (facts.existingVersions === undefined)
                    return no("the repository's tags were not listed, so no version can be compared");
                const higher = higherVersion(version.semver, facts.existingVersions);
                const reason = higher
                    ? `${tag} is lower than ${higher} in the repository`
                    : `${tag} is the highest version in the repository`;
                return { holds: (higher === undefined) === condition.value, reason };
            });
    }
}
/** Whether the version is a prerelease; a GitHub release marked as a pre-release is one too. */
function describePrerelease(version, tag, ctx) {
    if (version.semver.prerelease.length > 0)
        return { prerelease: true, reason: `${tag} is a prerelease` };
    if (ctx.markedPrerelease)
        return { prerelease: true, reason: `release ${tag} is marked as a pre-release` };
    return { prerelease: false, reason: `${tag} is not a prerelease` };
}
/**
 * The highest existing tag above `version`, if any. A release is compared with releases only:
 * a published `v6.2.0-rc.1` must not keep `stable` from moving to `v6.1.1`.
 */
function higherVersion(version, existing) {
    const release = version.prerelease.length === 0;
    let highest;
    for (const candidate of existing) {
        if (release && candidate.version.prerelease.length > 0)
            continue;
        if (candidate.version.compare(version) <= 0)
            continue;
        if (!highest || candidate.version.compare(highest.version) > 0)
            highest = candidate;
    }
    return highest?.tag;
}
function withVersion(facts, judgeVersion) {
    const tag = facts.ctx.gitTag;
    if (tag === undefined)
        return no(`${(0,ref/* refLabel */.E3)(facts.ctx)} is not a Git tag`);
    if (facts.version === undefined)
        return no(`Git tag ${tag} is not a semver version`);
    return judgeVersion(facts.version, tag);
}
function matchGlob(what, subject, glob, facts) {
    // Values are matched as written, not as globs: a branch named `feat{1,2}` is one branch.
    const filled = (0,template/* fillTemplate */.ou)(glob, facts.values, escapeGlob);
    if ('missing' in filled)
        return no(filled.missing);
    const written = (0,template/* fillTemplate */.ou)(glob, facts.values, (value) => value);
    const shown = 'text' in written && written.text !== glob.source
        ? `${glob.source} (${written.text})`
        : glob.source;
    return picomatch(filled.text, promote_rules/* GLOB_OPTIONS */.g)(subject)
        ? yes(`${what} ${subject} matches ${shown}`)
        : no(`${what} ${subject} does not match ${shown}`);
}
function escapeGlob(value) {
    return value.replace(/[\\*?[\](){}!+@|,^$]/g, '\\$&');
}
const yes = (reason) => ({ holds: true, reason });
const no = (reason) => ({ holds: false, reason });

;// CONCATENATED MODULE: ./build/rules/dry-run.js
const DRY_BY_DEFAULT = new Map([
    ['pull_request', "a pull request's token cannot push when it comes from a fork"],
    ['pull_request_target', 'a pull request is not merged yet'],
    ['merge_group', "a merge queue's trial merge is not merged yet"],
]);
function decideDryRun(mode, ctx) {
    if (mode !== 'auto')
        return { dryRun: mode === 'true', reason: `dry-run is ${mode}` };
    const why = DRY_BY_DEFAULT.get(ctx.eventName);
    return why
        ? {
            dryRun: true,
            reason: `dry-run is auto and this is a ${ctx.eventName} event: ${why} ` +
                '(set dry-run to false to publish anyway)',
        }
        : { dryRun: false, reason: `dry-run is auto and this is a ${ctx.eventName} event` };
}

// EXTERNAL MODULE: ./build/rules/tag-template.js + 1 modules
var tag_template = __nccwpck_require__(6026);
;// CONCATENATED MODULE: ./build/rules/plan.js





/**
 * Whether the plan needs the repository's existing tags: only when a rule with `highest` has every
 * other condition holding here (a branch push never lists tags for the default `stable` rule).
 */
function planNeedsTagList(input, ctx) {
    const facts = collectFacts(ctx, (0,template/* templateValues */.nX)(ctx));
    return input.promoteRules.some((rule) => rule.conditions.some((c) => c.key === 'highest') &&
        rule.conditions.every((c) => c.key === 'highest' || judge(c, facts).holds));
}
/** Whether the tag template or any promotion rule (its tag or a glob) names `placeholder`. */
function planUses(input, placeholder) {
    const names = (template) => template?.parts.some((part) => 'placeholder' in part && part.placeholder === placeholder) ??
        false;
    return (names(input.tagTemplate) ||
        input.promoteRules.some((rule) => names(rule.tag) || rule.conditions.some((c) => 'glob' in c && names(c.glob))));
}
/**
 * Works out the plan. `existingTags` are the tags already in the target repository; rules with
 * `highest` need them (see `planNeedsTagList`) and do not apply without them. `dryRun` is the
 * decision the caller already made from `input.dryRun`, if it made one. A Helm chart is
 * published under its version, as Helm and Flux look it up, whatever the ref.
 */
function computePlan(input, ctx, existingTags, dryRun = decideDryRun(input.dryRun, ctx), chart) {
    const values = (0,template/* templateValues */.nX)(ctx);
    const notices = [];
    const primaryTag = chart ? chart.tag : renderPrimaryTag(input.tagTemplate, ctx, values, notices);
    const facts = collectFacts(ctx, values, existingTags);
    const promotedTags = [];
    const rules = input.promoteRules.map((rule) => {
        const reasons = [];
        for (const condition of rule.conditions) {
            const verdict = judge(condition, facts);
            if (!verdict.holds)
                return { rule: rule.text, applied: false, reason: verdict.reason };
            reasons.push(verdict.reason);
        }
        const rendered = (0,tag_template/* renderTag */.vY)(rule.tag, values);
        if ('missing' in rendered)
            return { rule: rule.text, applied: false, reason: rendered.missing };
        notices.push(...rendered.notices);
        if (rendered.tag === primaryTag)
            reasons.push('the same tag as the primary one');
        else if (promotedTags.includes(rendered.tag))
            reasons.push('already promoted by an earlier rule');
        else
            promotedTags.push(rendered.tag);
        return { rule: rule.text, tag: rendered.tag, applied: true, reason: reasons.join('; ') };
    });
    return {
        ...(chart && { chart: { name: chart.name, version: chart.version } }),
        primaryTag,
        promotedTags,
        rules,
        dryRun: dryRun.dryRun,
        dryRunReason: dryRun.reason,
        notices: [...new Set(notices)],
    };
}
function renderPrimaryTag(template, ctx, values, notices) {
    const source = template ?? defaultTagTemplate(ctx);
    const rendered = (0,tag_template/* renderTag */.vY)(source, values);
    if ('missing' in rendered)
        throw (0,errors/* inputError */.Xu)('tag', `'${source.source}' cannot be filled in here: ${rendered.missing}.`);
    notices.push(...rendered.notices);
    return rendered.tag;
}
/** The Git tag on tag refs and releases, otherwise the short sha (as the Flux guide tags). */
function defaultTagTemplate(ctx) {
    const placeholder = ctx.gitTag === undefined ? 'short_sha' : 'tag';
    return { source: `{{${placeholder}}}`, parts: [{ placeholder }] };
}
/** The plan as log lines: the tags, every rule's outcome, dry-run and notices. */
function describePlan(plan) {
    return [
        ...(plan.chart ? [`Chart: ${plan.chart.name} ${plan.chart.version}`] : []),
        `Tag: ${plan.primaryTag}`,
        ...(plan.rules.length === 0 ? ['Promote: no rules'] : []),
        ...plan.rules.map((r) => `${r.applied ? 'Promote' : 'Skip'} '${r.rule}'` +
            `${r.applied && r.tag ? ` → ${r.tag}` : ''}: ${r.reason}`),
        `Dry run: ${plan.dryRun ? 'yes' : 'no'} (${plan.dryRunReason})`,
        ...plan.notices.map((n) => `Notice: ${n}`),
    ];
}

;// CONCATENATED MODULE: ./build/main.js
// The flow, in the order it runs: check the path and the signing prerequisites → open the repository
// → plan (tags, promotions and why, dry-run) → (dry run: stop) → build → compare with diff-tag →
// push → sign → promote (move the tags) → the result the entries report. A Helm chart is built
// first, since its name says which repository it goes to and its version is its tag, and it is
// always compared with the chart at that tag (charts are immutable); every later phase is the
// same for both kinds. Each phase is a function returning what the later ones need; this file only
// decides their order and what each is given. It knows nothing of GitHub: the entries (index.ts,
// cli.ts) hand it the context, a log, and where credentials and identity tokens come from.



















/** The path to package, refused when it names a place outside the workspace or nothing at all. */
async function packagePath(inputs, workspace) {
    const path = (0,external_node_path_.resolve)(workspace, inputs.path);
    const fromWorkspace = (0,external_node_path_.relative)(workspace, path);
    if (fromWorkspace === '..' || fromWorkspace.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(fromWorkspace)) {
        throw (0,errors/* inputError */.Xu)('path', `'${inputs.path}' is outside the workspace (${workspace}): package a directory of this repository.`);
    }
    try {
        await (0,promises_.access)(path);
    }
    catch {
        throw (0,errors/* inputError */.Xu)('path', `'${inputs.path}' does not exist in the workspace (${workspace}): check the path, and that the job checked the repository out (actions/checkout).`);
    }
    return path;
}
function provenance(inputs, context, log) {
    const source = inputs.source ?? defaultSource(context);
    if (!source) {
        log.warning("No repository URL is known for org.opencontainers.image.source (no GITHUB_REPOSITORY, no 'origin' remote): set the 'source' input, which GHCR and flux trace use to link the artifact to its repository.");
    }
    return { source, revision: inputs.revision ?? defaultRevision(context) };
}
/**
 * Signing is loaded only when asked for, and its prerequisites (an OIDC token, or a key that
 * decrypts) are checked before anything is pushed.
 */
async function prepareSigning(inputs, runtime, log) {
    const module = await Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(500), __nccwpck_require__.e(65)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2065));
    const key = inputs.cosignKey
        ? await module.loadCosignKey(inputs.cosignKey, inputs.cosignPassword, (s) => log.setSecret(s))
        : undefined;
    const services = await module.sigstoreServices(inputs, runtime.workspace);
    if (!key)
        runtime.identity.check();
    return { module, key, services };
}
/**
 * Test-only knobs, documented in the README: short retry waits and stall detection, so that the
 * fault-injection suites spend seconds, not minutes, waiting. Unset, the defaults apply.
 */
function networkOverrides(env) {
    const milliseconds = (name) => {
        const value = Number(env[name]);
        return Number.isInteger(value) && value > 0 ? value : undefined;
    };
    return {
        baseDelayMs: milliseconds('PUBLISH_OCI_RETRY_BASE_MS'),
        timeoutMs: milliseconds('PUBLISH_OCI_TIMEOUT_MS'),
    };
}
/** The inputs' credentials, else the Docker config's, else the entry's fallback; else anonymous. */
function main_credentials(inputs, runtime, log) {
    const { username, password } = inputs;
    return (0,credentials/* firstCredential */.I$)(
    // Given together or not at all: parseInputs refuses one without the other.
    ...(username && password
        ? [(0,credentials/* givenCredential */.FV)(username, password, "'username' and 'password'", log)]
        : []), (0,credentials/* dockerConfigCredentials */.D)({ log }), ...(runtime.fallbackCredentials ? [runtime.fallbackCredentials] : []));
}
function main_open(location, inputs, runtime, log) {
    return (0,oci_open/* openRepository */.h)(location, {
        credentials: main_credentials(inputs, runtime, log),
        insecure: inputs.insecureRegistry,
        log,
        userAgent: runtime.userAgent,
        workspace: runtime.workspace,
        retry: networkOverrides(runtime.env),
    });
}
/**
 * The tags `highest` compares against. A dry run (a fork's pull request, often without
 * credentials) still shows its plan when the registry refuses the listing: those rules are then
 * skipped, and the plan says why.
 */
async function listTagsForPlan(repository, dryRun, log) {
    try {
        return await repository.listTags();
    }
    catch (error) {
        if (!dryRun)
            throw error;
        log.warning(`Could not list the repository's tags for the plan: ${error.message}`);
        return undefined;
    }
}
function planPhase(repository, inputs, context, log, chart) {
    return (0,build_log/* phase */.Oi)(log, 'Plan', async () => {
        const dryRun = decideDryRun(inputs.dryRun, context);
        const existingTags = planNeedsTagList(inputs, context)
            ? await listTagsForPlan(repository, dryRun.dryRun, log)
            : undefined;
        const plan = computePlan(inputs, context, existingTags, dryRun, chart);
        for (const line of describePlan(plan))
            log.info(line);
        for (const notice of plan.notices)
            log.notice(notice);
        return plan;
    });
}
function buildPhase(path, inputs, context, { source, revision }, runtime, log) {
    return (0,build_log/* phase */.Oi)(log, 'Build', async () => {
        const built = await (0,build/* buildArtifact */.L)({
            path,
            workspace: runtime.workspace,
            ignorePaths: inputs.ignorePaths,
            resolveSymlinks: inputs.resolveSymlinks,
            created: context.commitTime,
            source: source ?? '',
            revision,
            annotations: inputs.annotations,
            // The runner empties RUNNER_TEMP after every job, even one that was killed.
            tmpDir: runtime.env.RUNNER_TEMP || undefined,
            onWarning: (m) => log.warning(m),
        });
        log.info(`${built.fileCount} files, ${(0,build_log/* formatBytes */.z3)(built.layer.size)} compressed; manifest ${built.manifest.digest}`);
        return built;
    });
}
/** `path` packaged as `helm package` does, with the versions `chart-version` and co. give. */
function chartPhase(path, inputs, context, { source, revision }, runtime, log) {
    return (0,build_log/* phase */.Oi)(log, 'Build', async () => {
        // Loaded only for charts: Flux artifacts' runs never load Helm's YAML reading.
        const { buildChart } = await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(93)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93));
        const built = await buildChart({
            path,
            workspace: runtime.workspace,
            created: context.commitTime,
            source: source ?? '',
            revision,
            annotations: inputs.annotations,
            versions: (0,chart_versions/* chartVersionOverrides */.o)(inputs, context),
            tmpDir: runtime.env.RUNNER_TEMP || undefined,
        });
        const { name, version } = built.metadata;
        log.info(`chart ${name} ${version}: ${built.fileCount} files, ${(0,build_log/* formatBytes */.z3)(built.layer.size)} ` +
            `compressed; manifest ${built.manifest.digest}`);
        return built;
    });
}
/** The chart's repository: `<url>/<chart name>`, where `helm push <chart> <url>` puts it. */
function chartDestination(inputs, chart, log) {
    const { name } = chart.metadata;
    const location = (0,helm_format/* chartLocation */.QV)(inputs.location, name, 'path');
    if (location.kind === 'layout')
        return { location, target: inputs.target };
    const target = (0,build_inputs/* registryTarget */.Jh)(location);
    if (inputs.target.name.endsWith(`/${name}`)) {
        log.notice(`'url' already ends with the chart's name, and the chart goes to ${target.url} (helm push ` +
            `appends the name too). To publish at ${inputs.target.url}, give its parent in 'url'.`);
    }
    return { location, target };
}
/**
 * The manifest at `reference` when its content is the same as `built`'s, else undefined. For a
 * chart `reference` is its version's tag, and a version held by other content is refused.
 */
function comparePhase(repository, reference, built, inputs, runtime, log) {
    return (0,build_log/* phase */.Oi)(log, `Compare with ${reference}`, async () => {
        const chart = 'metadata' in built ? built.metadata : undefined;
        const { unchanged, manifest, reason } = chart
            ? await compareChartWithPublished(repository, reference, built)
            : await (0,change_detection/* compareWithPublished */.a)(repository, reference, built);
        log.info(unchanged ? `unchanged: ${manifest?.digest} (${reason})` : reason);
        if (chart && manifest && !unchanged) {
            const directory = (0,artifact_errors/* displayPath */.Gt)((0,external_node_path_.resolve)(runtime.workspace, inputs.path), runtime.workspace);
            throw chartVersionTaken(chart, `${repository.displayName}:${reference}`, {
                chartFile: directory === '.' ? 'Chart.yaml' : `${directory}/Chart.yaml`,
                input: inputs.chartVersion ? 'chart-version' : 'path',
            });
        }
        return unchanged ? manifest : undefined;
    });
}
/** Compare (with a diff-tag, or a chart's version), else push. */
async function store(repository, built, compareWith, inputs, runtime, log) {
    const unchanged = compareWith
        ? await comparePhase(repository, compareWith, built, inputs, runtime, log)
        : undefined;
    if (unchanged)
        return { manifest: unchanged, pushed: false, unchangedSince: compareWith };
    const manifest = await (0,build_log/* phase */.Oi)(log, 'Push', () => pushArtifact(repository, built, log));
    return { manifest, pushed: true, unchangedSince: undefined };
}
function signPhase(signing, repository, manifest, target, inputs, context, runtime, log) {
    return (0,build_log/* phase */.Oi)(log, 'Sign', async () => {
        const started = performance.now();
        // What was just pushed (or found unchanged): no need to ask the registry for it again.
        const subject = {
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
        };
        const signed = await signing.module.signArtifact(repository, subject, {
            format: inputs.signatureFormat,
            key: signing.key,
            keyTlogUpload: inputs.keyTlogUpload,
            services: signing.services,
            dockerReference: target.name,
            identity: runtime.identity,
            privateRepository: context.privateRepository,
            log,
            retry: networkOverrides(runtime.env),
        });
        const method = signing.key ? 'key' : 'keyless';
        return signatureReport(signed, method, Math.round(performance.now() - started));
    });
}
async function publish(inputs, context, log, runtime) {
    // Every input was checked by parseInputs; the path is checked here before the first network
    // call, the key and the identity token before the first write, on dry runs too.
    const path = await packagePath(inputs, runtime.workspace);
    const annotations = provenance(inputs, context, log);
    // Key derivation (scrypt, a few hundred ms on libuv's threads) overlaps the plan and the build;
    // it is awaited before anything is pushed and before a dry run ends, so a key that does not
    // decrypt still stops the run with nothing written.
    const signingReady = inputs.sign ? prepareSigning(inputs, runtime, log) : undefined;
    signingReady?.catch(() => undefined); // held until awaited, not an unhandled rejection
    let built;
    try {
        // A chart's name and version decide where it goes and its tag; building it first also checks
        // it as helm package would on dry runs (pull requests). Charts are small: Helm caps them.
        const chart = inputs.artifactType === 'helm-chart'
            ? await chartPhase(path, inputs, context, annotations, runtime, log)
            : undefined;
        built = chart;
        const destination = chart ? chartDestination(inputs, chart, log) : inputs;
        const repository = await main_open(destination.location, inputs, runtime, log);
        const plan = await planPhase(repository, inputs, context, log, chart && { name: chart.metadata.name, version: chart.metadata.version, tag: chart.tag });
        const planned = { plan, target: destination.target, ...annotations };
        if (plan.dryRun) {
            await signingReady;
            return {
                ...planned,
                digest: undefined,
                tags: [],
                pushed: false,
                unchangedSince: undefined,
                size: undefined,
                fileCount: undefined,
                signature: undefined,
            };
        }
        // The registry's ping and push token travel while the artifact is built; a failure is met,
        // and reported, again by the first write.
        repository.prepareToWrite().catch(() => undefined);
        built ??= await buildPhase(path, inputs, context, annotations, runtime, log);
        const signing = await signingReady;
        const compareWith = chart ? plan.primaryTag : inputs.diffTag;
        const stored = await store(repository, built, compareWith, inputs, runtime, log);
        const signature = signing
            ? await signPhase(signing, repository, stored.manifest, destination.target, inputs, context, runtime, log)
            : undefined;
        const tags = await (0,build_log/* phase */.Oi)(log, 'Tag', () => moveTags(repository, stored.manifest, [plan.primaryTag, ...plan.promotedTags], log, stored.unchangedSince));
        return {
            ...planned,
            digest: stored.manifest.digest,
            tags,
            pushed: stored.pushed,
            unchangedSince: stored.unchangedSince,
            size: built.layer.size,
            fileCount: built.fileCount,
            signature,
        };
    }
    finally {
        // The layer file, whether the run pushed it, found it published, or stopped before.
        await built?.dispose();
    }
}


/***/ }),

/***/ 3218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ dockerConfigCredentials),
  I$: () => (/* binding */ firstCredential),
  FV: () => (/* binding */ givenCredential)
});

// UNUSED EXPORTS: maskCredential

// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(7035);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./build/oci/credential-helper.js
// Docker credential helpers: `docker-credential-<name> get`, the server URL on stdin, JSON on stdout.
// Run from PATH without a shell, with a timeout, and only for names that cannot escape PATH.


const HELPER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** What the helper said about `serverUrl`; `undefined` when it has nothing stored for it. */
function runCredentialHelper(name, serverUrl, timeoutMs) {
    if (!HELPER_NAME.test(name)) {
        return Promise.reject(new errors/* UserError */.yo('CREDENTIAL_HELPER_INVALID', `The Docker config names the credential helper '${name}', which is not a valid helper ` +
            "name (letters, digits, '.', '_', '-'): it was not run."));
    }
    const command = `docker-credential-${name}`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(command, ['get'], { shell: false, timeout: timeoutMs, maxBuffer: 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
            if (error) {
                // Helpers report an unknown server on stdout and exit 1; that is "nothing stored".
                if (/credentials not found/i.test(stdout))
                    return resolve(undefined);
                const e = error;
                const why = e.code === 'ENOENT'
                    ? 'it is not on PATH'
                    : e.killed
                        ? `it did not answer within ${timeoutMs / 1000} s`
                        : `it failed (${stdout.trim().slice(0, 200) || e.message})`;
                return reject(new errors/* UserError */.yo('CREDENTIAL_HELPER_FAILED', `The credential helper ${command}: ${why}.`, {
                    cause: error,
                }));
            }
            try {
                const { Username, Secret } = JSON.parse(stdout);
                if (typeof Secret !== 'string' || Secret === '')
                    return resolve(undefined);
                resolve({ username: typeof Username === 'string' ? Username : '', secret: Secret });
            }
            catch (cause) {
                reject(new errors/* UserError */.yo('CREDENTIAL_HELPER_FAILED', `The credential helper ${command} did not answer with JSON.`, { cause }));
            }
        });
        child.stdin?.on('error', () => undefined); // a helper may exit before reading stdin
        child.stdin?.end(serverUrl);
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/oci/reference.js
var reference = __nccwpck_require__(9789);
;// CONCATENATED MODULE: ./build/oci/docker-config.js
// Docker's `config.json`: the parts that say where a registry's credentials are (`credHelpers`,
// `credsStore`) or hold them (`auths`). Keys are matched the way Docker matches them: by host, with
// or without scheme and path, Docker Hub under any of its names.





/** The key Docker itself uses for Docker Hub, and the server URL its helpers expect. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
function dockerConfigDir(explicit) {
    return explicit ?? process.env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The config in `dir`, or `undefined` when there is none. */
async function readDockerConfig(dir) {
    const path = (0,external_node_path_.join)(dir, 'config.json');
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* UserError */.yo('DOCKER_CONFIG_INVALID', `Could not read the Docker config ${path}.`, {
            cause: error,
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (cause) {
        throw new errors/* UserError */.yo('DOCKER_CONFIG_INVALID', `The Docker config ${path} is not valid JSON; fix or remove it.`, { cause });
    }
    if (!isRecord(parsed)) {
        throw new errors/* UserError */.yo('DOCKER_CONFIG_INVALID', `The Docker config ${path} is not a JSON object.`);
    }
    const auths = isRecord(parsed.auths) ? parsed.auths : {};
    const credHelpers = isRecord(parsed.credHelpers)
        ? Object.fromEntries(Object.entries(parsed.credHelpers).filter(([, v]) => typeof v === 'string'))
        : {};
    const credsStore = typeof parsed.credsStore === 'string' && parsed.credsStore ? parsed.credsStore : undefined;
    return { path, auths, credHelpers, ...(credsStore ? { credsStore } : {}) };
}
/** `https://index.docker.io/v1/` → `docker.io`; `https://host:5000/x` → `host:5000`. */
function configKeyHost(key) {
    const host = key
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return (0,reference/* isDockerHub */.gr)(host) ? 'docker.io' : host;
}
/** The value stored under the key that names `registry`, if any. */
function lookup(entries, registry) {
    const wanted = configKeyHost(registry);
    for (const [key, value] of Object.entries(entries)) {
        if (configKeyHost(key) === wanted)
            return value;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/oci/credentials.js
// Where a registry's credentials come from, as functions of the registry host (oras-go's
// `CredentialFunc`, go-containerregistry's keychains): given ones, the Docker config (`credHelpers`,
// `credsStore`, `auths`), and whatever a caller adds; `firstCredential` tries them in order. Each
// secret is handed to the log's mask as soon as it is read, its derived forms too.




/** Docker's marker, in a helper's answer or an `auths` entry, for "the secret is an identity token". */
const IDENTITY_TOKEN_USER = '<token>';
/** Masks every secret of `credential`, and the base64 `user:secret` its Basic header carries. */
function maskCredential(credential, log) {
    const { username, password, identityToken, registryToken } = credential;
    for (const secret of [password, identityToken, registryToken])
        if (secret)
            log.setSecret(secret);
    // An identity token goes in the Basic header's password place when the token GET falls back to
    // Basic, so its derived form is a secret too.
    const basicPassword = password ?? identityToken;
    if (basicPassword !== undefined) {
        log.setSecret(Buffer.from(`${username ?? ''}:${basicPassword}`).toString('base64'));
    }
    return credential;
}
function fromAuthEntry(entry, source) {
    if (entry.identitytoken) {
        return {
            username: entry.username ?? IDENTITY_TOKEN_USER,
            identityToken: entry.identitytoken,
            source,
        };
    }
    if (entry.registrytoken)
        return { registryToken: entry.registrytoken, source };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1)
            return undefined;
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
    }
    if (entry.username && entry.password) {
        return { username: entry.username, password: entry.password, source };
    }
    return undefined;
}
async function fromHelper(helper, registry, options, source) {
    const serverUrl = (0,reference/* isDockerHub */.gr)(registry) ? DOCKER_HUB_SERVER : registry;
    try {
        const answer = await runCredentialHelper(helper, serverUrl, options.helperTimeoutMs ?? 30_000);
        if (!answer)
            return undefined;
        return answer.username === IDENTITY_TOKEN_USER
            ? { username: IDENTITY_TOKEN_USER, identityToken: answer.secret, source }
            : { username: answer.username, password: answer.secret, source };
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && error.code === 'CREDENTIAL_HELPER_INVALID')
            throw error;
        // A broken helper is reported, and the next source tried, as Docker users expect from CI.
        options.log.warning(`${error instanceof Error ? error.message : String(error)} Trying other credential sources.`);
        return undefined;
    }
}
async function fromDockerConfig(registry, options) {
    const config = await readDockerConfig(dockerConfigDir(options.directory));
    if (!config)
        return undefined;
    const helper = lookup(config.credHelpers, registry);
    if (helper) {
        const found = await fromHelper(helper, registry, options, `credential helper docker-credential-${helper}`);
        if (found)
            return found;
    }
    if (config.credsStore) {
        const found = await fromHelper(config.credsStore, registry, options, `credential store docker-credential-${config.credsStore}`);
        if (found)
            return found;
    }
    const entry = lookup(config.auths, registry);
    return entry ? fromAuthEntry(entry, `${config.path} (auths)`) : undefined;
}
/** Credentials the user gave for every registry (`source` names them in messages). */
function givenCredential(username, password, source, log) {
    const credential = maskCredential({ username, password, source }, log);
    return () => Promise.resolve(credential);
}
/** The Docker config, as `docker login` and docker/login-action leave it. */
function dockerConfigCredentials(options) {
    return async (registry) => {
        const found = await fromDockerConfig(registry, options);
        return found && maskCredential(found, options.log);
    };
}
/** The first credential any of `sources` finds, asked in order; undefined: anonymous. */
function firstCredential(...sources) {
    return async (registry) => {
        for (const source of sources) {
            const found = await source(registry);
            if (found)
                return found;
        }
        return undefined;
    };
}


/***/ }),

/***/ 1766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   vl: () => (/* binding */ DigestStream),
/* harmony export */   vo: () => (/* binding */ splitDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7035);
// Content digests: computing them, checking their syntax, and verifying streamed content against one.



const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
/** `<algorithm>:<hex>` of the bytes, sha256 unless told. */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** The algorithm and hex of a digest already checked by `isDigest`. */
function splitDigest(digest) {
    const colon = digest.indexOf(':');
    return { algorithm: digest.slice(0, colon), hex: digest.slice(colon + 1) };
}
/** A pass-through that hashes and counts the bytes on their way, without holding any of them. */
class DigestStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    algorithm;
    hash;
    bytes = 0;
    constructor(algorithm = 'sha256') {
        super();
        this.algorithm = algorithm;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    }
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        callback(null, chunk);
    }
    /** Once, after the last byte: the digest and size of what went through. */
    result() {
        return { digest: `${this.algorithm}:${this.hash.digest('hex')}`, size: this.bytes };
    }
}
/**
 * A pass-through that hashes what flows through it and fails the stream at its end when the
 * content does not match `digest` (or `size`), so a reader never accepts corrupted bytes silently.
 */
class DigestVerifier extends DigestStream {
    digest;
    size;
    what;
    constructor(digest, size, 
    /** What the content is, for the message: `blob sha256:… from ghcr.io/org/app`. */
    what) {
        super(splitDigest(digest).algorithm);
        this.digest = digest;
        this.size = size;
        this.what = what;
    }
    _flush(callback) {
        const actual = this.result().digest;
        if (actual === this.digest && (this.size === undefined || this.size === this.bytes)) {
            callback();
            return;
        }
        callback(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('DIGEST_MISMATCH', `The content of ${this.what} does not match its digest: got ${actual} and ${this.bytes} ` +
            `bytes${this.size === undefined ? '' : ` (expected ${this.size})`}. The stored data ` +
            'is corrupt or was changed in transit; push it again.'));
    }
}


/***/ }),

/***/ 4519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ux: () => (/* binding */ withFileLock),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zs: () => (/* binding */ writeStreamAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6466);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7035);
// Files that readers never see half-written: content goes to a temporary file beside its final
// name and is renamed over it; updates of a shared file are serialised by a lock file that other
// processes respect too.






function temporaryPath(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/** Moves `temporary` onto `path`, or removes it when anything before failed. */
async function commit(temporary, path, write) {
    try {
        await write();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temporary, { force: true });
        throw error;
    }
}
function writeFileAtomic(path, data) {
    const temporary = temporaryPath(path);
    return commit(temporary, path, () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temporary, data, { flush: true }));
}
/** Streams `source` through `stages` (any of which may fail the write) into `path`, atomically. */
function writeStreamAtomic(path, source, ...stages) {
    const temporary = temporaryPath(path);
    return commit(temporary, path, () => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)([source, ...stages, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temporary, { flush: true })]));
}
/** A lock older than this was left by a process that died holding it. */
const STALE_LOCK_MS = 60_000;
const LOCK_WAIT_MS = 120_000;
function isStale(lock) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(lock).then((s) => Date.now() - s.mtimeMs > STALE_LOCK_MS, () => false);
}
/**
 * Removes `lock` if it is still stale, holding `<lock>.break` meanwhile. Without it, two waiters
 * that judged the same stale lock would both remove "it": the second, the fresh lock the first
 * had just taken, and both would go in. Under the guard the lock is judged again, and a lock
 * judged stale there cannot be replaced before it is removed: only its (dead) holder or another
 * breaker could remove it first. A waiter that finds the guard taken leaves the breaking to its
 * holder: `false`, wait.
 */
async function breakStaleLock(lock) {
    const guard = `${lock}.break`;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(guard, 'wx');
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    try {
        await handle.close();
        if (await isStale(lock))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(lock, { force: true });
        return true;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(guard, { force: true });
    }
}
/** Runs `action` holding `<path>.lock`, created exclusively; waits while another holder has it. */
async function withFileLock(path, action) {
    const lock = `${path}.lock`;
    const started = Date.now();
    for (;;) {
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(lock, 'wx');
            await handle.close();
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if ((await isStale(lock)) && (await breakStaleLock(lock)))
                continue;
            if (Date.now() - started > LOCK_WAIT_MS) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo('LAYOUT_LOCKED', `${lock} has been held for over ${LOCK_WAIT_MS / 1000} s; if no other process is ` +
                    `writing this layout, delete the lock file (and ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(lock)}.break, if present).`);
            }
            await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
        }
    }
    try {
        return await action();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(lock, { force: true });
    }
}


/***/ }),

/***/ 3521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LAYOUT_PREFIX),
/* harmony export */   z: () => (/* binding */ parseLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7035);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9789);
// Where a target string points: `oci://host[:port]/repository[:tag]` (a registry repository) or
// `oci-layout:<dir>` (an OCI image layout on disk). Parsing only: nothing is opened here.



const LAYOUT_PREFIX = 'oci-layout:';
/**
 * Parses `oci://host[:port]/repository[:tag]` or `oci-layout:<dir>`; a relative layout directory
 * is resolved against `workspace` (default: the working directory).
 */
function parseLocation(target, workspace = process.cwd()) {
    if (target.startsWith(LAYOUT_PREFIX)) {
        const directory = target.slice(LAYOUT_PREFIX.length);
        if (!directory) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('REFERENCE_INVALID', `'${target}' names no directory: write oci-layout:<dir>, e.g. oci-layout:./oci.`);
        }
        return { kind: 'layout', directory: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, directory) };
    }
    return { kind: 'registry', ...(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(target) };
}


/***/ }),

/***/ 544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   EP: () => (/* binding */ REF_NAME_ANNOTATION),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   m6: () => (/* binding */ DOCKER_MANIFEST_LIST)
/* harmony export */ });
/* unused harmony export DOCKER_MANIFEST */
// Manifest media types a registry may hand back, and how to tell them apart when it does not say.
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Every manifest type we read, OCI first: sent as `Accept` so no registry converts anything. */
const MANIFEST_MEDIA_TYPES = [
    OCI_MANIFEST,
    OCI_INDEX,
    DOCKER_MANIFEST,
    DOCKER_MANIFEST_LIST,
];
/** The OCI image layout's tag annotation, also the one `skopeo`'s `oci:` transport matches. */
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
/** Registries and the spec cap manifests at a few MiB; anything larger is not a manifest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * The media type of manifest bytes: the `Content-Type` the store gave when it is a manifest type,
 * else the manifest's own `mediaType`, else its shape (an index lists `manifests`).
 */
function manifestMediaType(bytes, contentType) {
    const declared = contentType?.split(';')[0]?.trim();
    if (declared && MANIFEST_MEDIA_TYPES.includes(declared))
        return declared;
    try {
        const parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
        if (parsed && typeof parsed === 'object') {
            const { mediaType, manifests } = parsed;
            if (typeof mediaType === 'string' && mediaType)
                return mediaType;
            return Array.isArray(manifests) ? OCI_INDEX : OCI_MANIFEST;
        }
    }
    catch {
        // Not JSON: fall through to whatever the store declared.
    }
    return declared || OCI_MANIFEST;
}


/***/ }),

/***/ 6999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(7035);
;// CONCATENATED MODULE: ./build/oci/challenge.js
// `WWW-Authenticate` challenges (RFC 7235): the scheme and its parameters, e.g.
// `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.
/**
 * The first challenge of the header. Parameters are `name=token` or `name="quoted \" string"`,
 * separated by commas; a second challenge (another scheme) ends the first.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const scheme = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)/.exec(header);
    if (!scheme)
        return undefined;
    const params = {};
    const param = /\s*,?\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))/y;
    param.lastIndex = scheme[0].length;
    for (let match = param.exec(header); match; match = param.exec(header)) {
        params[match[1].toLowerCase()] =
            match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
    }
    return { scheme: scheme[1].toLowerCase(), params };
}

// EXTERNAL MODULE: ./build/oci/reference.js
var oci_reference = __nccwpck_require__(9789);
;// CONCATENATED MODULE: ./build/oci/errors.js
// Registry answers turned into errors a user can act on: the OCI error body parsed into codes, the
// request named (without its query, which may carry signed upload state), and a hint for the
// registries whose failures have a known cause.


class RegistryError extends errors/* UserError */.yo {
    /** `host[:port]` of the registry that answered. */
    registry;
    status;
    /** The first OCI error code of the body (`DENIED`, `NAME_UNKNOWN`, …), when there was one. */
    registryCode;
    errors;
    method;
    /** The request URL without its query. */
    url;
    constructor(code, message, details) {
        super(code, message);
        this.name = 'RegistryError';
        this.registry = details.registry;
        this.status = details.status;
        this.errors = details.errors;
        this.registryCode = details.errors[0]?.code;
        this.method = details.method;
        this.url = details.url;
    }
}
/** Parses the OCI error body; anything else yields no entries (the raw text goes in the message). */
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text);
        if (!Array.isArray(body.errors))
            return [];
        return body.errors.flatMap((entry) => {
            if (!entry || typeof entry !== 'object')
                return [];
            const { code, message, detail } = entry;
            return [
                {
                    code: typeof code === 'string' ? code : 'UNKNOWN',
                    message: typeof message === 'string' ? message : '',
                    ...(detail === undefined ? {} : { detail }),
                },
            ];
        });
    }
    catch {
        return [];
    }
}
function withoutQuery(url) {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
}
function errorCode(status, registryCode) {
    if (status === 401 || registryCode === 'UNAUTHORIZED')
        return 'REGISTRY_UNAUTHORIZED';
    if (status === 403 || registryCode === 'DENIED')
        return 'REGISTRY_DENIED';
    if (status === 429 || registryCode === 'TOOMANYREQUESTS')
        return 'REGISTRY_RATE_LIMITED';
    if (status === 404)
        return 'REGISTRY_NOT_FOUND';
    if (status >= 500 || status === 408)
        return 'REGISTRY_UNAVAILABLE';
    return 'REGISTRY_REJECTED';
}
const isEcr = (registry) => /\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test((0,oci_reference/* hostName */.Sm)(registry));
/** What the user can do about a failure, for the registries and codes whose cause is known. */
function hint(context, status, registryCode) {
    const { registry, repository } = context;
    const from = context.credentialSource ? ` from ${context.credentialSource}` : '';
    if (isEcr(registry) && registryCode === 'NAME_UNKNOWN') {
        return (`Amazon ECR does not create repositories on push: create '${repository}' first ` +
            `(aws ecr create-repository --repository-name ${repository}).`);
    }
    if (status === 401 || registryCode === 'UNAUTHORIZED') {
        return context.authenticated
            ? `The registry refused the credentials${from} for ${registry}: check the username and password ` +
                '(or the docker login that stored them) and that they have not expired.'
            : `No credentials were found for ${registry}: log in first (e.g. docker/login-action) ` +
                'or pass a username and password.';
    }
    if (status === 403 || registryCode === 'DENIED') {
        return `The credentials${from} were accepted but are not allowed to do this on ${registry}/${repository}: grant them push access.`;
    }
    if (status === 429 || registryCode === 'TOOMANYREQUESTS') {
        return 'The registry is rate-limiting these requests: try again later, or authenticate for a higher limit.';
    }
    if (status === 413) {
        return 'The registry refused the size of the request; it may limit blob or manifest sizes.';
    }
    if (registryCode === 'MANIFEST_BLOB_UNKNOWN' || registryCode === 'BLOB_UNKNOWN') {
        return 'The manifest refers to content the repository does not have: push blobs (and listed manifests) first.';
    }
    if (status === 415 || registryCode === 'MANIFEST_INVALID' || registryCode === 'UNSUPPORTED') {
        return ('The registry rejected the manifest. Some registries (e.g. GitLab, older Harbor) accept ' +
            'only an allow-list of media types or artifact types; check its documentation.');
    }
    if (status >= 500 || status === 408) {
        return 'The registry failed to answer; it may be down or overloaded. Try again later.';
    }
    return '';
}
/** The `RegistryError` for an unexpected response; reads (and so consumes) its body. */
async function registryError(response, context) {
    const text = await response.text().catch(() => '');
    const errors = parseErrorBody(text);
    const registryCode = errors[0]?.code;
    // Distribution (and others) answer a token without the needed action with 401 and
    // `error="insufficient_scope"`: the credentials are fine, the permission is missing.
    const insufficientScope = response.status === 401 &&
        context.authenticated &&
        /error="?insufficient_scope/.test(response.headers.get('www-authenticate') ?? '');
    const meaning = insufficientScope ? 403 : response.status;
    const said = errors.length
        ? errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ')
        : text.trim().slice(0, 200) || response.statusText;
    const advice = hint(context, meaning, insufficientScope ? 'DENIED' : registryCode);
    const message = `Could not ${context.operation} ${context.displayName}: the registry answered ` +
        `${response.status}${said ? ` (${said})` : ''} to ${context.method} ${withoutQuery(context.url)}.` +
        (advice ? ` ${advice}` : '');
    return new RegistryError(errorCode(meaning, insufficientScope ? 'DENIED' : registryCode), message, {
        registry: context.registry,
        status: response.status,
        errors,
        method: context.method,
        url: withoutQuery(context.url),
    });
}
/** A registry answer that breaks the protocol (a wrong digest, a missing header). */
function protocolError(context, what) {
    return new RegistryError('REGISTRY_PROTOCOL', `Could not ${context.operation} ${context.displayName}: ${what}.`, {
        registry: context.registry,
        status: 0,
        errors: [],
        method: context.method,
        url: withoutQuery(context.url),
    });
}

;// CONCATENATED MODULE: ./build/oci/realm.js
// Where a registry may send us for a token. Credentials go to the realm, so a challenge must not be
// able to point them at an arbitrary host: the realm must be the registry's own host, a parent or a
// sub-domain of it, or a pairing known from the big registries; and HTTPS unless on loopback.


/** Registries whose token service lives on an unrelated host: registry suffix → realm hosts. */
const KNOWN_REALMS = [
    { registry: /(^|\.)docker\.io$/, realms: ['auth.docker.io'] },
    { registry: /(^|\.)(pkg\.dev|gcr\.io)$/, realms: ['oauth2.googleapis.com'] },
];
const isIpAddress = (name) => /^[\d.]+$/.test(name) || name.includes(':');
function related(registry, realm) {
    if (registry === realm)
        return true;
    if (isIpAddress(registry) || isIpAddress(realm))
        return false;
    if (realm.endsWith(`.${registry}`))
        return true;
    // A parent domain, but never a bare top-level one (`com`).
    if (registry.endsWith(`.${realm}`) && realm.includes('.'))
        return true;
    return KNOWN_REALMS.some((k) => k.registry.test(registry) && k.realms.includes(realm));
}
/**
 * The realm as a URL, or a refusal that names both hosts. Nothing has been sent when it throws.
 * `plainHttpRegistry`: the registry itself is spoken to over HTTP (loopback, or the user's
 * `insecure-registry` opt-in), so its own token service may be too.
 */
function checkRealm(registry, realm, plainHttpRegistry = false) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw refused(registry, realm, 'it is not a URL');
    }
    const plainHttpAllowed = plainHttpRegistry || (0,oci_reference/* isLoopbackHost */.cW)(url.host);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && plainHttpAllowed)) {
        throw refused(registry, realm, 'a token service must use https');
    }
    if (url.username || url.password) {
        throw refused(registry, realm, 'it carries credentials of its own');
    }
    if (!related((0,oci_reference/* hostName */.Sm)(registry), (0,oci_reference/* hostName */.Sm)(url.host))) {
        throw refused(registry, realm, `${url.hostname} is neither ${(0,oci_reference/* hostName */.Sm)(registry)} nor a parent or sub-domain of it`);
    }
    return url;
}
function refused(registry, realm, why) {
    let shown;
    try {
        const url = new URL(realm);
        shown = `${url.protocol}//${url.host}${url.pathname}`;
    }
    catch {
        shown = realm.slice(0, 100);
    }
    return new errors/* UserError */.yo('REGISTRY_REALM_REFUSED', `The registry ${registry} asked for a token from ${shown}, which was refused: ${why}. ` +
        'No credentials were sent. If this registry really uses that token service, report it.');
}

;// CONCATENATED MODULE: ./build/oci/auth.js
// Authentication against one registry: ping `/v2/` to learn its challenge, then answer it with
// Basic credentials or a bearer token for the scope a request needs. Tokens are cached per scope
// until shortly before they expire; a 401 on the way drops the token and asks once more.




function scopeStrings(scope) {
    const scopes = [`repository:${scope.repository}:${scope.push ? 'pull,push' : 'pull'}`];
    if (scope.mountFrom && scope.mountFrom !== scope.repository) {
        scopes.push(`repository:${scope.mountFrom}:pull`);
    }
    return scopes;
}
/** Tokens without `expires_in` live 60 s by the spec; we renew a little early. */
const DEFAULT_TOKEN_SECONDS = 60;
const RENEW_FRACTION = 0.9;
function basicHeader(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
class Authenticator {
    config;
    challenge;
    foundSource;
    tokens = new Map();
    constructor(config) {
        this.config = config;
    }
    /** Whether credentials were found for the registry (a 401 then means they are refused). */
    get authenticated() {
        return this.foundSource !== undefined;
    }
    /** Where the credentials came from, once found: named when the registry refuses them. */
    get credentialSource() {
        return this.foundSource;
    }
    /** The `Authorization` header for a request needing `scope`, or `undefined` to go anonymous. */
    async authorization(scope) {
        this.challenge ??= this.ping().catch((error) => {
            this.challenge = undefined; // a failed ping is asked again by the next request
            throw error;
        });
        const challenge = await this.challenge;
        return challenge ? this.answer(challenge, scope) : undefined;
    }
    /**
     * After a 401 to a request that carried `sent`: learn the challenge it gave, and return a better
     * header, or `undefined` when there is none to try (the 401 then stands).
     */
    async reauthorize(scope, response, sent) {
        const challenge = parseChallenge(response.headers.get('www-authenticate'));
        if (!challenge)
            return undefined;
        this.challenge = Promise.resolve(challenge);
        if (challenge.scheme === 'bearer') {
            for (const key of this.tokens.keys()) {
                if (key.startsWith(scopeStrings(scope)[0]))
                    this.tokens.delete(key);
            }
        }
        const header = await this.answer(challenge, scope);
        return header === sent ? undefined : header;
    }
    async ping() {
        const url = new URL('/v2/', this.config.origin);
        const response = await this.config.request(url, { method: 'GET' });
        response.discard();
        return response.status === 401
            ? parseChallenge(response.headers.get('www-authenticate'))
            : undefined;
    }
    async credential() {
        const credential = await this.config.credential();
        if (credential)
            this.foundSource = credential.source;
        return credential;
    }
    async answer(challenge, scope) {
        const credential = await this.credential();
        if (challenge.scheme === 'basic') {
            return credential?.password !== undefined
                ? basicHeader(credential.username ?? '', credential.password)
                : undefined;
        }
        if (challenge.scheme !== 'bearer')
            return undefined;
        if (credential?.registryToken)
            return `Bearer ${credential.registryToken}`;
        const scopes = scopeStrings(scope);
        // A token with push access also covers reads of the same repository.
        const keys = [scopes.join(' ')];
        if (!scope.push && !scope.mountFrom)
            keys.push(scopeStrings({ ...scope, push: true }).join(' '));
        for (const key of keys) {
            const cached = await this.tokens.get(key)?.catch(() => undefined);
            if (cached && cached.expiresAt > Date.now())
                return cached.header;
        }
        const pending = this.fetchToken(challenge, scopes, credential);
        this.tokens.set(keys[0], pending);
        try {
            return (await pending).header;
        }
        catch (error) {
            this.tokens.delete(keys[0]);
            throw error;
        }
    }
    async fetchToken(challenge, scopes, credential) {
        const { realm, service } = challenge.params;
        if (!realm) {
            throw new errors/* UserError */.yo('REGISTRY_PROTOCOL', `The registry ${this.config.registry} asked for a bearer token without saying where to get one (no realm).`);
        }
        // Checked before anything, credentials included, is sent there.
        const origin = new URL(this.config.origin);
        const url = checkRealm(origin.host, realm, origin.protocol === 'http:');
        const wanted = [...new Set([...scopes, ...(challenge.params.scope ?? '').split(' ')])].filter(Boolean);
        let response;
        if (credential?.identityToken) {
            response = await this.oauthRefresh(url, service, wanted, credential.identityToken);
            if (response.status === 404) {
                // Not every token server speaks OAuth2; the GET flow takes the refresh token as password.
                response.discard();
                response = await this.tokenGet(url, service, wanted, credential.username ?? '<token>', credential.identityToken);
            }
        }
        else {
            response = await this.tokenGet(url, service, wanted, credential?.username, credential?.password);
        }
        const context = {
            operation: 'get a token for',
            displayName: this.config.registry,
            registry: this.config.registry,
            repository: scopes[0].split(':')[1],
            method: credential?.identityToken ? 'POST' : 'GET',
            url,
            authenticated: credential !== undefined,
            ...(credential ? { credentialSource: credential.source } : {}),
        };
        if (!response.ok)
            throw await registryError(response, context);
        const body = (await response.json().catch(() => ({})));
        const token = [body.token, body.access_token].find((t) => typeof t === 'string' && t !== '');
        if (!token)
            throw protocolError(context, `the token service at ${url.host} answered without a token`);
        this.config.log.setSecret(token);
        if (typeof body.refresh_token === 'string' && body.refresh_token) {
            this.config.log.setSecret(body.refresh_token);
        }
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0
            ? body.expires_in
            : DEFAULT_TOKEN_SECONDS;
        this.config.log.debug(`Got a token from ${url.host} for ${wanted.join(' ')} (${seconds} s).`);
        return { header: `Bearer ${token}`, expiresAt: Date.now() + seconds * 1000 * RENEW_FRACTION };
    }
    tokenGet(realm, service, scopes, username, password) {
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = {};
        if (password !== undefined) {
            if (username)
                url.searchParams.set('account', username);
            headers.authorization = basicHeader(username ?? '', password);
        }
        return this.config.request(url, { method: 'GET', headers });
    }
    oauthRefresh(realm, service, scopes, refreshToken) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            client_id: this.config.clientId,
            scope: scopes.join(' '),
        });
        if (service)
            form.set('service', service);
        return this.config.request(realm, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
        });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./build/oci/digest.js
var oci_digest = __nccwpck_require__(1766);
// EXTERNAL MODULE: ./build/oci/files.js
var files = __nccwpck_require__(4519);
// EXTERNAL MODULE: ./build/oci/media-types.js
var media_types = __nccwpck_require__(544);
;// CONCATENATED MODULE: ./build/oci/progress.js
// Progress of content on its way: a pass-through that reports the bytes seen so far.

function countingTransform(report) {
    let seen = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            seen += chunk.length;
            report(seen);
            callback(null, chunk);
        },
    });
}

;// CONCATENATED MODULE: ./build/oci/referrers.js
// The referrers tag schema (distribution-spec 1.1) for stores without the referrers API: an image
// index tagged `<alg>-<hex of the subject digest>` lists the subject's referrers. Adding one is a
// change to a shared tag (shared-tag.ts) that keeps every entry others wrote.



/** The tag of a subject's fallback referrers index. */
function fallbackTag(subjectDigest) {
    const { algorithm, hex } = (0,oci_digest/* splitDigest */.vo)(subjectDigest);
    return `${algorithm}-${hex}`.slice(0, 128);
}
function parseIndex(displayName, tag, manifest) {
    let parsed;
    try {
        parsed = JSON.parse(manifest.bytes.toString('utf8'));
    }
    catch {
        parsed = undefined;
    }
    const manifests = parsed?.manifests;
    if (manifest.mediaType !== media_types/* OCI_INDEX */.$p || !Array.isArray(manifests)) {
        throw new errors/* UserError */.yo('REFERRERS_INDEX_INVALID', `The tag ${tag} in ${displayName} should hold the OCI image index of referrers, but ` +
            `holds a ${manifest.mediaType}; it was left untouched. Remove or retag it to add referrers.`);
    }
    return parsed;
}
/** Lists `referrer` in the fallback index at `tag`, keeping everything already there. */
function fallbackIndexChange(displayName, tag, referrer) {
    return {
        description: `referrer ${referrer.digest}`,
        holds: (current) => current !== undefined &&
            parseIndex(displayName, tag, current).manifests.some((e) => e.digest === referrer.digest),
        apply(current) {
            const index = current
                ? parseIndex(displayName, tag, current)
                : { schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: [] };
            index.manifests.push({ ...referrer });
            return {
                manifest: { mediaType: media_types/* OCI_INDEX */.$p, bytes: Buffer.from(JSON.stringify(index)) },
                blobs: [],
            };
        },
    };
}
function isDescriptor(entry) {
    return (typeof entry.mediaType === 'string' &&
        typeof entry.digest === 'string' &&
        typeof entry.size === 'number');
}
/** The descriptors of an index's `manifests`, optionally only those of one artifact type. */
function referrersOf(manifests, artifactType) {
    if (!Array.isArray(manifests))
        return [];
    return manifests.filter((entry) => typeof entry === 'object' &&
        entry !== null &&
        isDescriptor(entry) &&
        (artifactType === undefined || entry.artifactType === artifactType));
}
/** The referrers listed in the fallback index of `subjectDigest` (none when there is no index). */
async function listFromFallbackIndex(repository, subjectDigest, artifactType) {
    const tag = fallbackTag(subjectDigest);
    const current = await repository.getManifest(tag);
    if (!current)
        return [];
    return referrersOf(parseIndex(repository.displayName, tag, current).manifests, artifactType);
}

;// CONCATENATED MODULE: ./build/oci/layout.js
// An OCI image layout on disk (image-spec image-layout.md): `oci-layout`, `index.json` whose
// descriptors carry tags as `org.opencontainers.image.ref.name`, and `blobs/<alg>/<hex>`. Every
// file is written atomically and `index.json` is updated under a lock, so `skopeo` (`oci:<dir>:<tag>`)
// reads a consistent layout at any moment. Manifests pushed by digest only are stored as blobs:
// they are reachable through whatever references them (a referrers index).











const LAYOUT_FILE = 'oci-layout';
const LAYOUT_VERSION = '1.0.0';
const emptyIndex = () => ({ schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: [] });
const tagOf = (entry) => entry.annotations?.[media_types/* REF_NAME_ANNOTATION */.EP];
class OciLayoutRepository {
    directory;
    log;
    displayName;
    indexPath;
    ready;
    constructor(directory, log) {
        this.directory = directory;
        this.log = log;
        this.displayName = `oci-layout:${directory}`;
        this.indexPath = (0,external_node_path_.join)(directory, 'index.json');
    }
    /** Checks what is on disk is a layout (or nothing); writing creates what is missing. */
    async check() {
        const marker = await (0,promises_.readFile)((0,external_node_path_.join)(this.directory, LAYOUT_FILE), 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        if (marker === undefined) {
            const entries = await (0,promises_.readdir)(this.directory).catch(() => []);
            if (entries.length > 0) {
                throw new errors/* UserError */.yo('LAYOUT_INVALID', `${this.directory} is not empty and is not an OCI image layout (no ${LAYOUT_FILE} file): ` +
                    'choose an empty or new directory for oci-layout:.');
            }
            return;
        }
        let version;
        try {
            version = JSON.parse(marker).imageLayoutVersion;
        }
        catch {
            version = undefined;
        }
        if (version !== LAYOUT_VERSION) {
            throw new errors/* UserError */.yo('LAYOUT_INVALID', `${(0,external_node_path_.join)(this.directory, LAYOUT_FILE)} does not declare imageLayoutVersion ${LAYOUT_VERSION}.`);
        }
    }
    /** Creates the layout's skeleton once, before the first write. */
    prepare() {
        this.ready ??= (async () => {
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.directory, 'blobs', 'sha256'), { recursive: true });
            const marker = (0,external_node_path_.join)(this.directory, LAYOUT_FILE);
            if (!(await exists(marker))) {
                await (0,files/* writeFileAtomic */.Zf)(marker, JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
            }
        })();
        return this.ready;
    }
    blobPath(digest) {
        if (!(0,oci_digest/* isDigest */.Bc)(digest)) {
            throw new errors/* UserError */.yo('REFERENCE_INVALID', `'${digest}' is not a digest (sha256:<64 hex>).`);
        }
        const { algorithm, hex } = (0,oci_digest/* splitDigest */.vo)(digest);
        return (0,external_node_path_.join)(this.directory, 'blobs', algorithm, hex);
    }
    async readIndex() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.indexPath, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return emptyIndex();
            throw error;
        }
        const parsed = JSON.parse(text);
        if (!Array.isArray(parsed.manifests)) {
            throw new errors/* UserError */.yo('LAYOUT_INVALID', `${this.indexPath} is not an OCI image index.`);
        }
        return parsed;
    }
    /** A directory needs nothing ahead of its first write. */
    prepareToWrite() {
        return Promise.resolve();
    }
    async hasBlob(digest) {
        return exists(this.blobPath(digest));
    }
    async putBlob(blob, options = {}) {
        const path = this.blobPath(blob.digest);
        const report = (sent) => options.onProgress?.({ digest: blob.digest, sent, total: blob.size });
        if (await exists(path)) {
            report(blob.size);
            return;
        }
        await this.prepare();
        await (0,promises_.mkdir)((0,external_node_path_.join)(path, '..'), { recursive: true });
        await (0,files/* writeStreamAtomic */.Zs)(path, blob.open(), new oci_digest/* DigestVerifier */.Do(blob.digest, blob.size, `blob ${blob.digest}`), countingTransform(report));
    }
    async getBlob(digest) {
        const path = this.blobPath(digest);
        const size = await (0,promises_.stat)(path).then((s) => s.size, () => undefined);
        if (size === undefined) {
            throw new errors/* UserError */.yo('BLOB_UNKNOWN', `The blob ${digest} is not in ${this.displayName}.`);
        }
        const verifier = new oci_digest/* DigestVerifier */.Do(digest, size, `blob ${digest} in ${this.displayName}`);
        return (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(path), verifier, () => undefined);
    }
    /**
     * The descriptor a tag or digest points at in `index.json`, or from the blob itself (whose
     * bytes then come along, read once).
     */
    async resolve(reference) {
        if ((0,oci_digest/* isDigest */.Bc)(reference)) {
            const bytes = await (0,promises_.readFile)(this.blobPath(reference)).catch(() => undefined);
            if (!bytes)
                return undefined;
            const mediaType = (0,media_types/* manifestMediaType */.gp)(bytes);
            return { descriptor: { mediaType, digest: reference, size: bytes.length }, bytes };
        }
        this.checkTag(reference);
        const entry = (await this.readIndex()).manifests.findLast((m) => tagOf(m) === reference);
        if (!entry?.digest || !entry.mediaType || entry.size === undefined)
            return undefined;
        return { descriptor: { mediaType: entry.mediaType, digest: entry.digest, size: entry.size } };
    }
    checkTag(tag) {
        if (!(0,oci_reference/* isValidTag */.r_)(tag)) {
            throw new errors/* UserError */.yo('REFERENCE_INVALID', `'${tag}' is neither a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) nor a digest.`);
        }
    }
    async headManifest(reference) {
        return (await this.resolve(reference))?.descriptor;
    }
    async getManifest(reference) {
        const resolved = await this.resolve(reference);
        if (!resolved)
            return undefined;
        const { descriptor } = resolved;
        const bytes = resolved.bytes ?? (await (0,promises_.readFile)(this.blobPath(descriptor.digest)));
        if ((0,oci_digest/* digestOf */.ol)(bytes, (0,oci_digest/* splitDigest */.vo)(descriptor.digest).algorithm) !== descriptor.digest) {
            throw new errors/* UserError */.yo('DIGEST_MISMATCH', `The manifest ${descriptor.digest} in ${this.displayName} does not match its digest: the layout is corrupt.`);
        }
        return { mediaType: descriptor.mediaType, digest: descriptor.digest, bytes };
    }
    async putManifest(manifest, reference) {
        const digest = (0,oci_digest/* digestOf */.ol)(manifest.bytes);
        if ((0,oci_digest/* isDigest */.Bc)(reference) && reference !== digest) {
            throw new errors/* UserError */.yo('DIGEST_MISMATCH', `A manifest with digest ${digest} cannot be stored under the digest ${reference}.`);
        }
        if (!(0,oci_digest/* isDigest */.Bc)(reference))
            this.checkTag(reference);
        await this.prepare();
        const path = this.blobPath(digest);
        if (!(await exists(path)))
            await (0,files/* writeFileAtomic */.Zf)(path, manifest.bytes);
        if (!(0,oci_digest/* isDigest */.Bc)(reference)) {
            await (0,files/* withFileLock */.Ux)(this.indexPath, () => this.tag(reference, manifest, digest));
        }
        return digest;
    }
    /** Points `tag` at the manifest in `index.json`; the caller holds the index lock. */
    async tag(tag, manifest, digest) {
        const index = await this.readIndex();
        const artifactType = JSON.parse(manifest.bytes.toString('utf8'))
            .artifactType;
        index.manifests = index.manifests.filter((entry) => tagOf(entry) !== tag);
        index.manifests.push({
            mediaType: manifest.mediaType,
            digest,
            size: manifest.bytes.length,
            ...(typeof artifactType === 'string' ? { artifactType } : {}),
            annotations: { [media_types/* REF_NAME_ANNOTATION */.EP]: tag },
        });
        await (0,files/* writeFileAtomic */.Zf)(this.indexPath, JSON.stringify(index));
        this.log.debug(`${this.displayName}: ${tag} → ${digest}`);
    }
    async listTags() {
        const tags = (await this.readIndex()).manifests.map(tagOf);
        return [...new Set(tags.filter((t) => typeof t === 'string'))];
    }
    /** Read, change and write under the index lock: nothing can come between, so one round. */
    async updateSharedTag(tag, change) {
        this.checkTag(tag);
        await this.prepare();
        await (0,files/* withFileLock */.Ux)(this.indexPath, async () => {
            const current = await this.getManifest(tag);
            if (change.holds(current))
                return;
            const { manifest, blobs } = change.apply(current);
            for (const blob of blobs)
                await this.putBlob(blob);
            const digest = (0,oci_digest/* digestOf */.ol)(manifest.bytes);
            const path = this.blobPath(digest);
            if (!(await exists(path)))
                await (0,files/* writeFileAtomic */.Zf)(path, manifest.bytes);
            await this.tag(tag, manifest, digest);
        });
    }
    async addReferrer(subject, referrer) {
        const tag = fallbackTag(subject.digest);
        await this.updateSharedTag(tag, fallbackIndexChange(this.displayName, tag, referrer));
    }
    listReferrers(subjectDigest, artifactType) {
        return listFromFallbackIndex(this, subjectDigest, artifactType);
    }
}
function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
/** The layout at `directory` (created on the first write), checked to be one if it exists. */
async function openLayout(directory, log) {
    const layout = new OciLayoutRepository(directory, log);
    await layout.check();
    return layout;
}

// EXTERNAL MODULE: ./build/oci/credentials.js + 2 modules
var oci_credentials = __nccwpck_require__(3218);
// EXTERNAL MODULE: ./build/log.js
var build_log = __nccwpck_require__(6268);
// EXTERNAL MODULE: ./build/oci/location.js
var oci_location = __nccwpck_require__(3521);
// EXTERNAL MODULE: ./build/oci/retry.js
var oci_retry = __nccwpck_require__(4978);
;// CONCATENATED MODULE: ./build/oci/shared-tag.js
// A manifest that several writers update under one tag: the cosign `.sig` manifest (one layer per
// signer) and the referrers fallback index (one entry per referrer). Each writer reads it, adds its
// entry and writes it back; a writer whose read is older than another's write drops that one's
// entry. Two defences, chosen by what the registry shows it does:
//
//  - Compare-and-swap. A registry that honours `If-Match` on a manifest PUT refuses (412) a write
//    based on a read that is no longer current; the writer reads again. Whether it honours it is
//    detected, not assumed: the first write of a run carries an `If-Match` that cannot match. A
//    registry that honours it refuses that write, and every later one is conditional; one that
//    ignores it (distribution 2.8 and go-containerregistry's registry, measured) stores the write,
//    which is the unconditional write it would have got anyway.
//  - Without it, what a writer alone can do: it never writes from a read older than WINDOW_MS
//    (it reads again instead), never repeats a PUT whose answer it lost, and after each write waits
//    a settle interval, then reads again, adding its entry anew until a read that late still holds
//    it. A writer that dropped our entry read before our write and wrote from that read; once every
//    such write has landed, what we then see stays. The settle is measured, not fixed: SETTLE_FACTOR
//    times this write's own window (read sent → PUT answered), between MIN_SETTLE_MS and
//    MAX_SETTLE_MS, so an idle run waits half a second and a loaded one (long windows) up to 5 s.
//    It covers a concurrent writer whose read-to-landed-write window is at most that long: one
//    SETTLE_FACTOR times slower than this run can still drop our entry after we checked. The
//    README's Reliability section says what that leaves, and how often the load runs met it.



/**
 * The longest a write may follow the read it is based on, from sending one to sending the other:
 * an older read is read again. Under load (__tests__/load/run.sh: 2 vCPUs kept busy by stress-ng,
 * 8 runs signing one digest at once, 20 times) the longest window from sending the read to the
 * PUT's answer was 1.9 s.
 */
const WINDOW_MS = 2_000;
/**
 * How long after a write that nothing guarded to read it back, as a multiple of that write's own
 * window (from sending the read to the PUT's answer): a concurrent writer, on the same registry
 * and as loaded as this run, takes about as long from its read to its write's landing.
 */
const SETTLE_FACTOR = 3;
/** The least settle: an idle run's window is a few ms, a peer's hiccup (GC, scheduling) is not. */
const MIN_SETTLE_MS = 500;
/**
 * The longest settle: the longest window plus the time a PUT took to apply on a machine kept busy
 * (__tests__/load/run.sh: 1.9 s and 3 s), the fixed wait every run paid before it was measured.
 */
const MAX_SETTLE_MS = 5_000;
/** The longest an update may take before it fails. */
const TOTAL_MS = 120_000;
/** An ETag no registry gives: a write carrying it is refused by every registry that checks. */
const NEVER_MATCHES = '"publish-oci-artifact-conditional-write-probe"';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Between `ms` and 1.5 × `ms`, so that writers that lost together do not retry in step. */
const jittered = (ms) => Math.round(ms * (1 + Math.random() / 2));
const shared_tag_short = (digest) => (digest ? digest.slice(7, 19) : 'nothing');
/** The settle after a write whose window (read sent → PUT answered) was `windowMs`. */
function settleMs(windowMs) {
    return Math.min(MAX_SETTLE_MS, Math.max(MIN_SETTLE_MS, SETTLE_FACTOR * windowMs));
}
/**
 * Adds `change` to the manifest at `tag`, keeping everything others wrote there, and resolves once
 * the change is known to be kept: stored by a compare-and-swap, or still there when read back
 * a settle interval after our last write. Fails with SHARED_TAG_CONFLICT after TOTAL_MS.
 */
async function updateSharedTag(store, tag, change, options) {
    const { conditional, policy, log } = options;
    const started = Date.now();
    const pushed = new Set();
    const trace = (message) => log.debug(`${store.displayName}:${tag}, ${change.description}: ${message}`);
    let failures = 0;
    for (let round = 1; Date.now() - started < TOTAL_MS; round++) {
        const readAt = Date.now();
        const current = await store.read(tag);
        if (change.holds(current?.manifest)) {
            trace(`round ${round}: read ${shared_tag_short(current?.manifest.digest)}, which holds it: kept`);
            return;
        }
        const { manifest, blobs } = change.apply(current?.manifest);
        for (const blob of blobs.filter((b) => !pushed.has(b.digest))) {
            await store.putBlob(blob);
            pushed.add(blob.digest);
        }
        const conditions = conditionsFor(conditional, current);
        const readAge = Date.now() - readAt;
        if (!conditions.guaranteed && readAge > WINDOW_MS) {
            trace(`round ${round}: the read is ${readAge} ms old, longer than ${WINDOW_MS} ms`);
            continue;
        }
        const outcome = await store.write(tag, manifest, conditions.headers);
        const window = Date.now() - readAt;
        if (conditions.probe && outcome.kind !== 'failed') {
            conditional.ifMatch = outcome.kind === 'refused';
            log.debug(`${store.displayName} ${conditional.ifMatch ? 'honours' : 'ignores'} If-Match on manifest PUTs.`);
            if (conditional.ifMatch)
                continue;
        }
        if (outcome.kind === 'refused') {
            if (conditions.headers.ifNoneMatch)
                conditional.ifNoneMatch = true;
            trace(`round ${round}: ${shared_tag_short(current?.manifest.digest)} changed before our write`);
            await sleep(Math.random() * 50 * Math.min(round, 10));
            continue;
        }
        if (outcome.kind === 'failed') {
            const wait = outcome.afterMs ?? (0,oci_retry/* backoffMs */.jo)(policy, failures++);
            trace(`round ${round}: ${outcome.reason}; reading again in ${wait} ms`);
            await sleep(wait);
            continue;
        }
        trace(`round ${round}: read ${shared_tag_short(current?.manifest.digest)}, wrote ` +
            `${shared_tag_short((0,oci_digest/* digestOf */.ol)(manifest.bytes))} ${window} ms after sending the read` +
            (conditions.guaranteed ? ' (compare-and-swap): kept' : ''));
        if (conditions.guaranteed)
            return;
        const settle = jittered(settleMs(window));
        log.info(`Waiting ${(settle / 1000).toFixed(1)} s for any other writer of ${tag} (another signer of ` +
            `this digest), then reading it back: ${store.displayName} ignores If-Match, so a write ` +
            `based on an older read could still land over the ${change.description}.`);
        await sleep(settle);
    }
    throw new errors/* UserError */.yo('SHARED_TAG_CONFLICT', `Could not add the ${change.description} to ${tag} in ${store.displayName}: other writers ` +
        `kept replacing it for ${Math.round(TOTAL_MS / 1000)} s. Re-run the job once the ` +
        'other publishes of this digest are done.');
}
/** The headers of the next write, and whether the registry guarantees it is not stale. */
function conditionsFor(conditional, current) {
    if (conditional.ifMatch === undefined) {
        return { headers: { ifMatch: NEVER_MATCHES }, guaranteed: false, probe: true };
    }
    if (!conditional.ifMatch)
        return { headers: {}, guaranteed: false, probe: false };
    if (!current) {
        return { headers: { ifNoneMatch: true }, guaranteed: conditional.ifNoneMatch, probe: false };
    }
    if (current.etag)
        return { headers: { ifMatch: current.etag }, guaranteed: true, probe: false };
    return { headers: {}, guaranteed: false, probe: false };
}

// EXTERNAL MODULE: ./build/cancellation.js
var cancellation = __nccwpck_require__(5235);
;// CONCATENATED MODULE: ./build/oci/source-reader.js
// Consecutive slices of one stream, each a stream of its own: an upload sends a large blob as chunks
// without holding more than one read of it in memory.

class SourceReader {
    source;
    iterator;
    leftover;
    constructor(source) {
        this.source = source;
        this.iterator = source[Symbol.asyncIterator]();
    }
    async next(limit) {
        let chunk = this.leftover;
        this.leftover = undefined;
        if (!chunk) {
            const result = await this.iterator.next();
            if (result.done)
                throw new Error('the content ended before its declared size');
            // Passed on as it is: a copy of every chunk of a large blob is garbage that the collector
            // lets pile up to tens of MiB while the upload streams (measured: 14 MiB of peak RSS).
            chunk = result.value;
        }
        if (chunk.length > limit) {
            this.leftover = chunk.subarray(limit);
            chunk = chunk.subarray(0, limit);
        }
        return chunk;
    }
    /** The next `length` bytes, as a stream; read it to its end before asking for the next slice. */
    take(length) {
        const read = async function* () {
            for (let remaining = length; remaining > 0;) {
                const chunk = await this.next(remaining);
                remaining -= chunk.length;
                yield chunk;
            }
        };
        return external_node_stream_.Readable.from(read.call(this), { objectMode: false });
    }
    /** Reads and drops `length` bytes (to resume an upload part-way). */
    async skip(length) {
        for (let remaining = length; remaining > 0;)
            remaining -= (await this.next(remaining)).length;
    }
    close() {
        this.source.destroy();
    }
}

;// CONCATENATED MODULE: ./build/oci/upload.js
// Blob uploads: a cross-repository mount when a source is known, else an upload session filled
// monolithically (one PUT streaming the whole blob) or, above a threshold, in chunks (PATCH with
// `Content-Range`, at least `OCI-Chunk-Min-Length` each). A failed chunk resumes from the offset
// the registry reports; a lost session starts over. The digest the registry stores must be ours.







const OCTET_STREAM = { 'content-type': 'application/octet-stream' };
/**
 * The session cannot go on (lost, cancelled, left holding part of a failed PUT): the upload
 * starts over with a new one, no sooner than `afterMs` when the registry said so (Retry-After).
 * `failure` is what the user sees if no attempt is left.
 */
class StartOver extends Error {
    failure;
    afterMs;
    constructor(reason, failure, afterMs) {
        super(reason);
        this.failure = failure;
        this.afterMs = afterMs;
    }
}
/**
 * The source piped through a byte counter. `pipeline` carries a failure of the source to the
 * counter (so the request fails with it, instead of an uncaught error) and destroying the counter
 * releases the source.
 */
function counting(source, report) {
    return (0,external_node_stream_.pipeline)(source, countingTransform(report), () => undefined);
}
/** `Range: 0-<last>` → the offset the next byte goes to. Distribution says `0-0` for nothing yet. */
function nextOffset(range) {
    const match = /^(?:bytes=)?0-(\d+)$/.exec(range?.trim() ?? '');
    if (!match)
        return undefined;
    const last = Number(match[1]);
    return last === 0 ? 0 : last + 1;
}
function upload_sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
class BlobUpload {
    target;
    blob;
    mountFrom;
    onProgress;
    scope;
    /** The session being filled, at its latest location (which carries its state). */
    open;
    constructor(target, blob, mountFrom, onProgress) {
        this.target = target;
        this.blob = blob;
        this.mountFrom = mountFrom;
        this.onProgress = onProgress;
        this.scope = {
            repository: target.repository,
            push: true,
            ...(mountFrom ? { mountFrom } : {}),
        };
    }
    /**
     * Runs the upload, starting over with a new session when one cannot go on. Single requests
     * are already retried by the transport; only whole sessions are retried here.
     */
    run() {
        const { policy, log } = this.target;
        return (0,oci_retry/* retrying */.R$)(policy, `upload of ${this.blob.digest}`, log, () => this.attempt(), (outcome) => 'error' in outcome && outcome.error instanceof StartOver
            ? {
                reason: outcome.error.message,
                ...(outcome.error.afterMs === undefined ? {} : { afterMs: outcome.error.afterMs }),
            }
            : undefined).catch((error) => {
            throw error instanceof StartOver ? error.failure : error;
        });
    }
    async attempt() {
        const opening = this.start();
        // A run cancelled while the session is being opened learns its location only from the answer,
        // which the POST therefore waits for (`whenCancelled: 'finish'`): then it is given back too.
        const stopWatching = (0,cancellation/* onCancel */.Ao)(async () => {
            await opening.catch(() => undefined);
            await this.cancelSession();
        });
        try {
            const session = await opening;
            if (!session)
                return;
            const { location, minimumChunk } = session;
            if (this.blob.size > this.target.settings.chunkThresholdBytes) {
                const chunk = Math.max(this.target.settings.chunkSizeBytes, minimumChunk);
                await this.finish(await this.chunked(location, chunk), undefined);
            }
            else {
                await this.finish(location, {
                    length: this.blob.size,
                    open: () => counting(this.blob.open(), (sent) => this.report(sent)),
                });
            }
            this.open = undefined; // committed: the registry closed it
        }
        catch (error) {
            // A session that failed keeps what it received until the registry purges it (days, for
            // distribution): given back now. A cancelled run's cleanup does it as well.
            if (!cancellation/* cancelled */.KW.aborted)
                await this.cancelSession();
            throw error;
        }
        finally {
            stopWatching();
        }
    }
    /** `DELETE` on the open session, once; a failure to do so is only logged. */
    async cancelSession() {
        const session = this.open;
        this.open = undefined;
        if (!session)
            return;
        try {
            const response = await this.target.transport.send({
                method: 'DELETE',
                url: session.at,
                scope: this.scope,
                retry: false,
                whenCancelled: 'send',
                followRedirects: false,
            });
            response.discard();
            this.target.log.debug(`Upload session of ${this.blob.digest} cancelled (${response.status}).`);
        }
        catch (error) {
            this.target.log.debug(`Could not cancel the upload session of ${this.blob.digest}: ${String(error)}`);
        }
    }
    report(sent) {
        this.onProgress?.({ digest: this.blob.digest, sent, total: this.blob.size });
    }
    /** A session's location, or `undefined` when the blob was mounted. */
    async start() {
        const url = new URL(`/v2/${this.target.repository}/blobs/uploads/`, this.target.transport.origin);
        if (this.mountFrom) {
            url.searchParams.set('mount', this.blob.digest);
            url.searchParams.set('from', this.mountFrom);
        }
        const response = await this.target.transport.send({
            method: 'POST',
            url,
            scope: this.scope,
            whenCancelled: 'finish',
        });
        if (response.status === 201 && this.mountFrom) {
            response.discard();
            this.checkDigest(response, url);
            this.target.log.debug(`Mounted ${this.blob.digest} from ${this.mountFrom}.`);
            this.report(this.blob.size);
            return undefined;
        }
        if (response.status !== 202) {
            throw await registryError(response, this.target.context('POST', url));
        }
        response.discard();
        const location = this.location(response, url, 'POST');
        this.open = { at: location };
        return {
            location,
            minimumChunk: Number(response.headers.get('oci-chunk-min-length')) || 0,
        };
    }
    /** The session's next location, relative to the request that answered it. */
    location(response, requested, method) {
        const header = response.headers.get('location');
        if (!header) {
            throw protocolError(this.target.context(method, requested), `the registry answered ${method} without the upload's Location`);
        }
        return new URL(header, requested);
    }
    checkDigest(response, url) {
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== this.blob.digest) {
            throw protocolError(this.target.context('PUT', url), `the registry stored the blob as ${stored}, not ${this.blob.digest}`);
        }
    }
    /** Closes the session with the digest, sending the rest of the content if there is any. */
    async finish(location, body) {
        const url = new URL(location);
        url.searchParams.set('digest', this.blob.digest);
        const context = this.target.context('PUT', url);
        let response;
        try {
            response = await this.target.transport.send({
                method: 'PUT',
                url,
                headers: body ? OCTET_STREAM : { 'content-length': '0' },
                scope: this.scope,
                // A PUT that fails part-way leaves the session holding part of the blob: the upload
                // starts over from a new session instead of sending the body again to this one.
                ...(body ? { body, retry: false } : {}),
            });
        }
        catch (error) {
            if (body && (0,oci_retry/* isTransientNetworkError */.l)(error)) {
                throw new StartOver('the connection failed during the upload', error);
            }
            throw error;
        }
        if (response.status !== 201 && response.status !== 204) {
            const failure = await registryError(response, context);
            if (response.status === 404 || (body && (0,oci_retry/* isRetryableStatus */.PS)(response.status))) {
                const afterMs = (0,oci_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
                throw new StartOver(`the registry answered ${response.status}`, failure, afterMs);
            }
            throw failure;
        }
        response.discard();
        this.checkDigest(response, url);
        if (!body)
            this.report(this.blob.size);
    }
    /** Sends the blob in chunks; returns the location to close the session at. */
    async chunked(start, chunkSize) {
        const { size } = this.blob;
        let location = start;
        let offset = 0;
        let reader = new SourceReader(this.blob.open());
        let failures = 0;
        try {
            while (offset < size) {
                const length = Math.min(chunkSize, size - offset);
                let failure;
                try {
                    const response = await this.patch(location, reader, offset, length);
                    if (response.status === 202) {
                        response.discard();
                        location = this.location(response, location, 'PATCH');
                        this.open = { at: location };
                        const reached = nextOffset(response.headers.get('range')) ?? offset + length;
                        if (reached === offset + length) {
                            offset = reached;
                            failures = 0;
                            continue;
                        }
                        failure = `the registry took ${reached - offset} of ${length} bytes`;
                    }
                    else if (
                    // 401: the transport refreshed the credentials but cannot send a slice again itself.
                    response.status === 401 ||
                        response.status === 416 ||
                        (0,oci_retry/* isRetryableStatus */.PS)(response.status)) {
                        failure = `the registry answered ${response.status} to a chunk`;
                        response.discard();
                    }
                    else {
                        const error = await registryError(response, this.target.context('PATCH', location));
                        if (response.status === 404)
                            throw new StartOver('the upload session was lost', error);
                        throw error;
                    }
                }
                catch (error) {
                    if (!(0,oci_retry/* isTransientNetworkError */.l)(error))
                        throw error;
                    failure = 'the connection failed during a chunk';
                }
                if (++failures >= this.target.policy.attempts) {
                    throw new StartOver(`${failure}, ${failures} times in a row`, new errors/* UserError */.yo('UPLOAD_FAILED', `Could not push blob ${this.blob.digest} to ` +
                        `${this.target.context('PATCH', location).displayName}: ${failure}, ` +
                        `${failures} times in a row.`));
                }
                await upload_sleep((0,oci_retry/* backoffMs */.jo)(this.target.policy, failures - 1));
                ({ location, offset } = await this.status(location));
                this.open = { at: location };
                this.target.log.info(`Upload of ${this.blob.digest}: ${failure}; resuming at byte ${offset}.`);
                reader.close();
                reader = new SourceReader(this.blob.open());
                await reader.skip(offset);
            }
        }
        finally {
            reader.close();
        }
        return location;
    }
    patch(location, reader, offset, length) {
        return this.target.transport.send({
            method: 'PATCH',
            url: location,
            headers: { ...OCTET_STREAM, 'content-range': `${offset}-${offset + length - 1}` },
            // A second `take` would send the next bytes under this chunk's range: the chunk is sent
            // once, and this loop sends it again from the offset the registry reports.
            body: {
                length,
                open: () => counting(reader.take(length), (sent) => this.report(offset + sent)),
                resendable: false,
            },
            scope: this.scope,
            retry: false,
        });
    }
    /** Where the session stands: `GET <location>` answers 204 with `Range`. */
    async status(location) {
        const response = await this.target.transport.send({
            method: 'GET',
            url: location,
            scope: this.scope,
            followRedirects: false,
        });
        const offset = nextOffset(response.headers.get('range'));
        if (response.status !== 204 || offset === undefined) {
            throw new StartOver(`the upload session cannot be resumed (${response.status})`, await registryError(response, this.target.context('GET', location)));
        }
        response.discard();
        const moved = response.headers.get('location');
        return { location: moved ? new URL(moved, location) : location, offset };
    }
}

;// CONCATENATED MODULE: ./build/oci/registry.js
// A repository in an OCI registry, spoken to over the distribution API through the transport.










/** A tag list or referrers page links the next as `Link: <url>; rel="next"`. */
function nextLink(response, current) {
    const header = response.headers.get('link');
    const match = header && /<([^>]+)>\s*;\s*rel="?next"?/i.exec(header);
    return match ? new URL(match[1], current) : undefined;
}
/** Sanity bound on pages, for a registry that links in a circle. */
const MAX_PAGES = 10_000;
/** One page of tags or referrers; ghcr.io sends up to 10,000 tags in one (about 300 kB). */
const MAX_LIST_PAGE_BYTES = 16 * 1024 * 1024;
/** MANIFEST_BLOB_UNKNOWN: the registry has not caught up with a blob pushed just before. */
function isBlobUnknown(error) {
    return (error instanceof RegistryError && error.errors.some((e) => e.code === 'MANIFEST_BLOB_UNKNOWN'));
}
class RegistryRepository {
    config;
    displayName;
    pull;
    push;
    /** Whether the registry answers the referrers API, once a query has shown it. */
    referrersApi;
    /** Whether the registry honours conditional manifest PUTs, as its answers have shown. */
    conditional = { ifMatch: undefined, ifNoneMatch: false };
    /** Shared tags are read with their ETag and written once per read (shared-tag.ts). */
    sharedTags;
    constructor(config) {
        this.config = config;
        this.displayName = `${config.registry}/${config.repository}`;
        this.pull = { repository: config.repository, push: false };
        this.push = { repository: config.repository, push: true };
        this.sharedTags = {
            displayName: this.displayName,
            read: (tag) => this.fetchManifest(tag),
            putBlob: (blob) => this.putBlob(blob),
            write: (tag, manifest, conditions) => this.putManifestOnce(manifest, tag, conditions),
        };
    }
    prepareToWrite() {
        return this.config.transport.authorize(this.push);
    }
    path(suffix) {
        return new URL(`/v2/${this.config.repository}/${suffix}`, this.config.transport.origin);
    }
    context(operation, method, url) {
        return {
            operation,
            displayName: this.displayName,
            registry: this.config.registry,
            repository: this.config.repository,
            method,
            url,
            authenticated: this.config.transport.authenticated,
            credentialSource: this.config.transport.credentialSource,
        };
    }
    checkReference(reference) {
        if (!(0,oci_reference/* isValidTag */.r_)(reference) && !(0,oci_digest/* isDigest */.Bc)(reference)) {
            throw new errors/* UserError */.yo('REFERENCE_INVALID', `'${reference}' is neither a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) nor a digest.`);
        }
    }
    checkDigestSyntax(digest) {
        if (!(0,oci_digest/* isDigest */.Bc)(digest)) {
            throw new errors/* UserError */.yo('REFERENCE_INVALID', `'${digest}' is not a digest (sha256:<64 hex>).`);
        }
    }
    async hasBlob(digest) {
        this.checkDigestSyntax(digest);
        const url = this.path(`blobs/${digest}`);
        const response = await this.config.transport.send({ method: 'HEAD', url, scope: this.pull });
        response.discard();
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await registryError(response, this.context(`check blob ${digest} in`, 'HEAD', url));
    }
    async putBlob(blob, options = {}) {
        this.checkDigestSyntax(blob.digest);
        if (await this.hasBlob(blob.digest)) {
            options.onProgress?.({ digest: blob.digest, sent: blob.size, total: blob.size });
            return;
        }
        const mountFrom = options.mountFrom &&
            options.mountFrom !== this.config.repository &&
            (0,oci_reference/* isValidRepository */.d)(options.mountFrom)
            ? options.mountFrom
            : undefined;
        const upload = new BlobUpload({
            transport: this.config.transport,
            repository: this.config.repository,
            policy: this.config.policy,
            log: this.config.log,
            settings: this.config.upload,
            context: (method, url) => this.context(`push blob ${blob.digest} to`, method, url),
        }, blob, mountFrom, options.onProgress);
        await upload.run();
    }
    async getBlob(digest) {
        this.checkDigestSyntax(digest);
        const url = this.path(`blobs/${digest}`);
        const response = await this.config.transport.send({
            method: 'GET',
            url,
            // The digest and Content-Length are of the stored bytes, not of a compressed transfer.
            headers: { 'accept-encoding': 'identity' },
            scope: this.pull,
        });
        if (response.status !== 200) {
            throw await registryError(response, this.context(`read blob ${digest} from`, 'GET', url));
        }
        const length = Number(response.headers.get('content-length'));
        const verifier = new oci_digest/* DigestVerifier */.Do(digest, Number.isFinite(length) && length > 0 ? length : undefined, `blob ${digest} from ${this.displayName}`);
        return (0,external_node_stream_.pipeline)(response.body, verifier, () => undefined);
    }
    /** The manifest and its ETag; `undefined` when the reference does not exist. */
    async fetchManifest(reference) {
        this.checkReference(reference);
        const url = this.path(`manifests/${reference}`);
        const context = this.context(`read manifest ${reference} from`, 'GET', url);
        const response = await this.config.transport.send({
            method: 'GET',
            url,
            headers: { accept: media_types/* MANIFEST_MEDIA_TYPES */.$T.join(', ') },
            scope: this.pull,
            readLimit: media_types/* MAX_MANIFEST_BYTES */.ZJ,
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await registryError(response, context);
        const bytes = await response.bytes();
        const declared = response.headers.get('docker-content-digest');
        const expected = (0,oci_digest/* isDigest */.Bc)(reference)
            ? reference
            : declared && (0,oci_digest/* isDigest */.Bc)(declared)
                ? declared
                : undefined;
        const digest = (0,oci_digest/* digestOf */.ol)(bytes, expected ? (0,oci_digest/* splitDigest */.vo)(expected).algorithm : 'sha256');
        if (expected && expected !== digest) {
            throw protocolError(context, `the manifest's content has digest ${digest}, not ${expected}`);
        }
        const etag = response.headers.get('etag');
        return {
            manifest: {
                mediaType: (0,media_types/* manifestMediaType */.gp)(bytes, response.headers.get('content-type')),
                digest,
                bytes,
            },
            ...(etag ? { etag } : {}),
        };
    }
    async getManifest(reference) {
        return (await this.fetchManifest(reference))?.manifest;
    }
    async headManifest(reference) {
        this.checkReference(reference);
        const url = this.path(`manifests/${reference}`);
        const response = await this.config.transport.send({
            method: 'HEAD',
            url,
            headers: { accept: media_types/* MANIFEST_MEDIA_TYPES */.$T.join(', ') },
            scope: this.pull,
        });
        response.discard();
        if (response.status === 404)
            return undefined;
        if (response.status !== 200) {
            throw await registryError(response, this.context(`check manifest ${reference} in`, 'HEAD', url));
        }
        const digest = response.headers.get('docker-content-digest');
        const size = Number(response.headers.get('content-length'));
        const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
        if (digest &&
            (0,oci_digest/* isDigest */.Bc)(digest) &&
            size > 0 &&
            mediaType &&
            media_types/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType)) {
            return { mediaType, digest, size };
        }
        // Not every registry answers HEAD fully; the manifest itself says everything.
        const manifest = await this.getManifest(reference);
        return (manifest && {
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
        });
    }
    /** The checks every manifest PUT makes first; returns the manifest's digest. */
    checkManifestReference(manifest, reference) {
        this.checkReference(reference);
        const ours = (0,oci_digest/* digestOf */.ol)(manifest.bytes);
        if ((0,oci_digest/* isDigest */.Bc)(reference) && reference !== ours) {
            throw new errors/* UserError */.yo('DIGEST_MISMATCH', `A manifest with digest ${ours} cannot be stored under the digest ${reference}.`);
        }
        return ours;
    }
    sendManifest(manifest, url, extraHeaders, retry) {
        return this.config.transport.send({
            method: 'PUT',
            url,
            headers: { 'content-type': manifest.mediaType, ...extraHeaders },
            body: { length: manifest.bytes.length, open: () => manifest.bytes },
            scope: this.push,
            retry,
        });
    }
    /** The registry stored what we sent (2xx), as the digest we computed. */
    async checkStored(response, context, ours) {
        if (response.status !== 201 && response.status !== 200 && response.status !== 204) {
            throw await registryError(response, context);
        }
        response.discard();
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== ours) {
            throw protocolError(context, `the registry stored the manifest as ${stored}, not ${ours}`);
        }
    }
    async putManifest(manifest, reference) {
        const ours = this.checkManifestReference(manifest, reference);
        const url = this.path(`manifests/${reference}`);
        const context = this.context(`push manifest ${reference} to`, 'PUT', url);
        // Every blob a manifest names is pushed (and found) before it, so a registry that does not
        // know one has not caught up: distribution rewrites a repository's blob link in place while
        // a concurrent upload of the same blob commits, and replicated stores lag. Asked again.
        const response = await (0,oci_retry/* retrying */.R$)(this.config.policy, `PUT ${url.pathname}`, this.config.log, async () => {
            const answer = await this.sendManifest(manifest, url, {}, true);
            if (answer.status !== 400)
                return answer;
            throw await registryError(answer, context);
        }, (outcome) => 'error' in outcome && isBlobUnknown(outcome.error)
            ? { reason: 'the registry does not know one of its blobs yet' }
            : undefined);
        await this.checkStored(response, context, ours);
        return ours;
    }
    /**
     * One PUT of a shared tag, with `conditions`, sent once: a stale PUT sent again later is what
     * drops other writers' entries, so every failure goes back to the caller, which reads again.
     */
    async putManifestOnce(manifest, tag, conditions) {
        const ours = this.checkManifestReference(manifest, tag);
        const url = this.path(`manifests/${tag}`);
        const context = this.context(`push manifest ${tag} to`, 'PUT', url);
        const headers = {};
        if (conditions.ifMatch)
            headers['if-match'] = conditions.ifMatch;
        if (conditions.ifNoneMatch)
            headers['if-none-match'] = '*';
        let response;
        try {
            response = await this.sendManifest(manifest, url, headers, false);
        }
        catch (error) {
            if (!(0,oci_retry/* isTransientNetworkError */.l)(error))
                throw error;
            return { kind: 'failed', reason: `the PUT failed (${error.message})` };
        }
        if (response.status === 412) {
            response.discard();
            return { kind: 'refused' };
        }
        if ((0,oci_retry/* isRetryableStatus */.PS)(response.status)) {
            response.discard();
            const afterMs = (0,oci_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
            return {
                kind: 'failed',
                reason: `the registry answered ${response.status}`,
                ...(afterMs === undefined ? {} : { afterMs }),
            };
        }
        if (response.status === 400) {
            const error = await registryError(response, context);
            if (isBlobUnknown(error)) {
                return { kind: 'failed', reason: 'the registry does not know one of its blobs yet' };
            }
            throw error;
        }
        await this.checkStored(response, context, ours);
        return { kind: 'written' };
    }
    updateSharedTag(tag, change) {
        return updateSharedTag(this.sharedTags, tag, change, {
            conditional: this.conditional,
            policy: this.config.policy,
            log: this.config.log,
        });
    }
    async listTags() {
        const tags = [];
        const seen = new Set();
        let url = this.path('tags/list');
        for (let page = 0; url && page < MAX_PAGES && !seen.has(url.href); page++) {
            seen.add(url.href);
            const response = await this.config.transport.send({
                method: 'GET',
                url,
                scope: this.pull,
                readLimit: MAX_LIST_PAGE_BYTES,
            });
            // NAME_UNKNOWN: the repository does not exist yet, so it has no tags.
            if (response.status === 404 && page === 0)
                return [];
            const context = this.context('list the tags of', 'GET', url);
            if (response.status !== 200)
                throw await registryError(response, context);
            // A list that cannot be read is no list: taken as empty, `highest` would move `stable` back.
            const body = (await response.json().catch(() => undefined));
            if (!body || (body.tags !== null && body.tags !== undefined && !Array.isArray(body.tags))) {
                throw protocolError(context, 'the answer is not a tag list');
            }
            if (Array.isArray(body.tags))
                tags.push(...body.tags.filter((t) => typeof t === 'string'));
            url = nextLink(response, url);
        }
        return tags;
    }
    /**
     * The referrers the API lists, or `undefined` when the registry has no API. The first query
     * also tells whether it has one (200 with an index): a listing never asks twice.
     */
    async referrersFromApi(subjectDigest, artifactType) {
        if (this.referrersApi === false)
            return undefined;
        const found = await this.queryReferrers(subjectDigest, artifactType);
        if (this.referrersApi)
            return found ?? [];
        this.referrersApi = found !== undefined;
        return found;
    }
    /** One walk of the referrers API; `undefined` when the registry does not have it. */
    async queryReferrers(subjectDigest, artifactType) {
        let url = this.path(`referrers/${subjectDigest}`);
        if (artifactType)
            url.searchParams.set('artifactType', artifactType);
        const found = [];
        const seen = new Set();
        for (let page = 0; url && page < MAX_PAGES && !seen.has(url.href); page++) {
            seen.add(url.href);
            const response = await this.config.transport.send({
                method: 'GET',
                url,
                headers: { accept: media_types/* OCI_INDEX */.$p },
                scope: this.pull,
                readLimit: MAX_LIST_PAGE_BYTES,
            });
            if (response.status === 401 || response.status === 403) {
                throw await registryError(response, this.context('list the referrers in', 'GET', url));
            }
            const body = response.status === 200
                ? (await response.json().catch(() => undefined))
                : (response.discard(), undefined);
            // Anything but an index (404, 400, 405, or an answer that is not one) means no API.
            if (!body || !Array.isArray(body.manifests))
                return page === 0 ? undefined : found;
            // Registries that did not filter say so by leaving `artifactType` out of this header.
            const filtered = response.headers.get('oci-filters-applied')?.includes('artifactType');
            found.push(...referrersOf(body.manifests, filtered ? undefined : artifactType));
            url = nextLink(response, url);
        }
        return found;
    }
    async addReferrer(subject, referrer) {
        this.checkDigestSyntax(subject.digest);
        // With the API the registry indexes the referrer's `subject` itself.
        const hasApi = this.referrersApi ?? (await this.referrersFromApi(subject.digest)) !== undefined;
        if (hasApi)
            return;
        const tag = fallbackTag(subject.digest);
        await this.updateSharedTag(tag, fallbackIndexChange(this.displayName, tag, referrer));
    }
    async listReferrers(subjectDigest, artifactType) {
        this.checkDigestSyntax(subjectDigest);
        return ((await this.referrersFromApi(subjectDigest, artifactType)) ??
            listFromFallbackIndex(this, subjectDigest, artifactType));
    }
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./build/oci/http.js
// One HTTP exchange, over node:http and node:https rather than fetch. Node's fetch is a bundled
// undici that is compiled on first use: 35 ms and about 20 MiB before the first request (measured
// for issue 10), more than the rest of a small artifact's whole push. (Signing still uses fetch,
// through sigstore-js; only runs that sign pay for it.) Connections are kept alive
// by the global agents, which also honour NODE_USE_ENV_PROXY.
//
// An exchange is abandoned when no byte moves for `timeoutMs`, from the first byte sent to the
// last byte of the answer: the clock measures silence, not duration, so a large upload or download
// takes as long as it needs while bytes flow, and a registry (or a proxy) that stalls does not hold
// the run.





/** What was answered; `body` streams it, and must be read or discarded. */
class HttpResponse {
    status;
    statusText;
    rawHeaders;
    body;
    read;
    headers;
    constructor(status, statusText, rawHeaders, body, 
    /** The body's bytes, when they were read before this answer was handed on. */
    read) {
        this.status = status;
        this.statusText = statusText;
        this.rawHeaders = rawHeaders;
        this.body = body;
        this.read = read;
        this.headers = {
            get: (name) => {
                const value = rawHeaders[name.toLowerCase()];
                return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            },
        };
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    async bytes() {
        if (this.read)
            return this.read;
        const chunks = [];
        for await (const chunk of this.body)
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
    async text() {
        return (await this.bytes()).toString('utf8');
    }
    async json() {
        return JSON.parse(await this.text());
    }
    /** Drops the unread answer; read to its end, so that the connection can serve the next request. */
    discard() {
        this.body.on('error', () => undefined).resume();
    }
    /** The same answer with `bytes`, already read from the original, as its body. */
    withBody(bytes) {
        const body = external_node_stream_.Readable.from(bytes.length ? [bytes] : []);
        return new HttpResponse(this.status, this.statusText, this.rawHeaders, body, bytes);
    }
}
/** The caller's own content failed while being sent: not a network fault, and no retry would help. */
class BodySourceError extends errors/* UserError */.yo {
    constructor(cause) {
        super('UPLOAD_SOURCE_FAILED', `Reading the content to upload failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
}
/** A TimeoutError, which the retry policy counts as transient. */
function silence(ms) {
    return new DOMException(`no byte moved for ${ms / 1000} s`, 'TimeoutError');
}
/**
 * Sends one request and resolves with the answer once its headers arrive; nothing is followed or
 * retried here. Rejects with `BodySourceError` when a streamed body fails while being sent.
 */
function exchange(url, init) {
    return new Promise((resolve, reject) => {
        const client = url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
        let request;
        try {
            request = client.request(url, { method: init.method, headers: init.headers });
        }
        catch (error) {
            // Headers Node refuses to send (a control character in a value) throw here.
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
        }
        let answer;
        const timer = setTimeout(() => {
            const error = silence(init.timeoutMs);
            if (answer)
                answer.destroy(error);
            else
                request.destroy(error);
        }, init.timeoutMs);
        timer.unref();
        const abort = () => {
            const reason = init.signal?.reason;
            if (answer)
                answer.destroy(reason);
            else
                request.destroy(reason);
        };
        if (init.signal?.aborted)
            abort();
        init.signal?.addEventListener('abort', abort, { once: true });
        request.once('close', () => init.signal?.removeEventListener('abort', abort));
        const touch = () => timer.refresh();
        const source = init.body instanceof external_node_stream_.Readable ? init.body : undefined;
        request.on('error', (error) => {
            // Once answered, a failure to send the rest (a server that stopped reading) is the answer's
            // business: if the answer is cut short, its body fails too.
            if (answer)
                return;
            clearTimeout(timer);
            reject(error);
        });
        request.on('response', (message) => {
            answer = message;
            touch();
            // Each chunk the reader takes is progress (a listener on `message` itself would set it
            // flowing before the reader is there). Destroying the body releases the connection.
            const body = (0,external_node_stream_.pipeline)(message, countingTransform(touch), () => undefined);
            body.once('close', () => clearTimeout(timer));
            resolve(new HttpResponse(message.statusCode ?? 0, message.statusMessage ?? '', message.headers, body));
        });
        if (!source) {
            request.end(init.body);
            return;
        }
        source.on('data', touch);
        source.once('error', (error) => request.destroy(new BodySourceError(error)));
        request.once('close', () => source.destroy());
        source.pipe(request);
    });
}

// EXTERNAL MODULE: ./build/oci/read-blob.js
var read_blob = __nccwpck_require__(6936);
;// CONCATENATED MODULE: ./build/oci/transport.js
// The HTTP layer under the registry client, in three stacked concerns:
//  - authentication: credentials for the scope a request needs, only on the registry's origin;
//  - redirects, followed by hand: once a request has left the registry's origin (blob storage on
//    S3, GCS, Azure) it never carries credentials again, and HTTPS never drops to HTTP;
//  - retries of transient failures, re-opening streamed bodies; an attempt that stops moving is
//    abandoned, and small answers are read whole within the attempt, so that one cut off or
//    stalled part-way is retried too.
// `Warning: 299` headers are shown once each.







const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** The answer with its body read whole, so that one cut off part-way fails this attempt. */
async function readWhole(url, response, limit) {
    const bytes = await (0,read_blob/* readAtMost */.r)(response.body, limit);
    if (bytes === undefined) {
        throw new errors/* UserError */.yo('REGISTRY_PROTOCOL', `The answer to ${url.origin}${url.pathname} is larger than ${limit} bytes, more than ` +
            'any registry sends for it.');
    }
    return response.withBody(bytes);
}
/**
 * Sends one request, no redirects followed, no credentials added; failures of the caller's content
 * are told apart from network ones. With `limits.readLimit` the answer is read whole.
 */
async function sendOnce(method, url, headers, body, limits) {
    const source = body?.open();
    const streamed = source instanceof external_node_stream_.Readable;
    const response = await exchange(url, {
        method,
        headers: body ? { ...headers, 'content-length': String(body.length) } : headers,
        ...(source === undefined ? {} : { body: source }),
        timeoutMs: limits.timeoutMs,
        ...(limits.signal ? { signal: limits.signal } : {}),
    });
    if (REDIRECTS.has(response.status)) {
        // The spec gives uploads no redirects, and following one would read the content twice.
        if (streamed) {
            response.discard();
            throw new errors/* UserError */.yo('REGISTRY_REDIRECT_REFUSED', `The registry redirected the upload ${method} ${url.origin}${url.pathname}; streamed ` +
                'uploads are not sent to redirects.');
        }
        return response;
    }
    return limits.readLimit === undefined ? response : readWhole(url, response, limits.readLimit);
}
/** The innermost error code (`ECONNREFUSED`, `ECONNRESET`, …) or message of a failed request. */
function networkCause(error) {
    let found = error instanceof Error ? error.message : String(error);
    for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
        const { code, message } = e;
        if (typeof code === 'string')
            found = code;
        else if (typeof message === 'string' && message)
            found = message;
        e = e.cause;
    }
    return found;
}
/**
 * A refused connection is tried once more, not eight times: nothing listens at that address (the
 * registry is down, or the port or host is wrong), and minutes of waiting rarely change that.
 */
const REFUSED_ATTEMPTS = 2;
/** A network failure as a user error naming the host; errors already written for users pass. */
function unreachable(registry, url, error) {
    if (error instanceof errors/* UserError */.yo || !(error instanceof Error))
        return error;
    const cause = networkCause(error);
    // Loopback is always reached over plain HTTP, so only a remote https:// address gets the hint.
    const plainHttpHint = url.protocol === 'https:' && !(0,oci_reference/* isLoopbackHost */.cW)(url.hostname)
        ? '; a registry that serves plain HTTP needs the insecure-registry option'
        : '';
    const advice = cause === 'ECONNREFUSED'
        ? 'Nothing accepted a connection there: is the registry running, and are the host and port right?'
        : `Check the address and the network${plainHttpHint}.`;
    return new errors/* UserError */.yo('REGISTRY_UNREACHABLE', `Could not reach ${url.host} for the registry ${registry} (${cause}). ${advice}`, { cause: error });
}
function transientDecision(outcome, retry) {
    if (!retry)
        return undefined;
    if ('error' in outcome) {
        if (!(0,oci_retry/* isTransientNetworkError */.l)(outcome.error))
            return undefined;
        const cause = networkCause(outcome.error);
        return {
            reason: `network error (${cause})`,
            ...(cause === 'ECONNREFUSED' ? { maxAttempts: REFUSED_ATTEMPTS } : {}),
        };
    }
    const response = outcome.value;
    if (!(0,oci_retry/* isRetryableStatus */.PS)(response.status))
        return undefined;
    const afterMs = (0,oci_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
    return {
        reason: `the registry answered ${response.status}`,
        ...(afterMs === undefined ? {} : { afterMs }),
        discard: () => response.discard(),
    };
}
/** Pings and token answers are small; a larger one is not what was asked for. */
const PLAIN_ANSWER_LIMIT = 1024 * 1024;
/** Requests with no credentials and no redirects, retried, read whole: pings and token requests. */
function plainRequest(registry, policy, log, userAgent) {
    return (url, { method = 'GET', headers, body }) => {
        const content = body === undefined ? undefined : Buffer.from(body);
        return (0,oci_retry/* retrying */.R$)(policy, `${method} ${url.host}${url.pathname}`, log, () => sendOnce(method, url, { 'user-agent': userAgent, ...headers }, content && { length: content.length, open: () => content }, { timeoutMs: policy.timeoutMs, readLimit: PLAIN_ANSWER_LIMIT }), (outcome) => transientDecision(outcome, true)).catch((error) => {
            throw unreachable(registry, url, error);
        });
    };
}
class Transport {
    config;
    warned = new Set();
    constructor(config) {
        this.config = config;
    }
    get origin() {
        return this.config.origin;
    }
    get authenticated() {
        return this.config.auth.authenticated;
    }
    get credentialSource() {
        return this.config.auth.credentialSource;
    }
    /** Pings the registry and gets the credentials and token `scope` needs, ahead of the requests. */
    async authorize(scope) {
        await this.config.auth.authorization(scope);
    }
    /** Sends `request`, answering challenges, following redirects and retrying as configured. */
    async send(request) {
        const url = new URL(request.url, this.config.origin);
        const response = await (0,oci_retry/* retrying */.R$)(this.config.policy, `${request.method} ${url.pathname}`, this.config.log, async () => {
            if (request.whenCancelled !== 'send' && cancellation/* cancelled */.KW.aborted)
                throw cancellation/* cancelled */.KW.reason;
            const onOrigin = url.origin === this.config.origin;
            const auth = onOrigin ? await this.config.auth.authorization(request.scope) : undefined;
            const first = await this.follow(request, url, auth);
            if (first.response.status !== 401 || first.url.origin !== this.config.origin) {
                return first.response;
            }
            const better = await this.config.auth.reauthorize(request.scope, first.response, auth);
            if (better === undefined || request.body?.resendable === false)
                return first.response;
            first.response.discard();
            return (await this.follow(request, url, better)).response;
        }, (outcome) => transientDecision(outcome, request.retry !== false)).catch((error) => {
            throw unreachable(this.config.registry, url, error);
        });
        this.showWarnings(response);
        return response;
    }
    headers(extra) {
        return { 'user-agent': this.config.userAgent, ...extra };
    }
    /** Sends and follows redirects; credentials only while the request stays on the registry. */
    async follow(request, start, authorization) {
        let url = start;
        let { method, body } = request;
        let credentials = authorization;
        for (let hop = 0;; hop++) {
            if (url.origin !== this.config.origin)
                credentials = undefined; // and never again
            const headers = this.headers(request.headers);
            if (credentials)
                headers.authorization = credentials;
            const response = await sendOnce(method, url, headers, body, {
                timeoutMs: this.config.policy.timeoutMs,
                ...(request.readLimit === undefined ? {} : { readLimit: request.readLimit }),
                ...((request.whenCancelled ?? 'abort') === 'abort' ? { signal: cancellation/* cancelled */.KW } : {}),
            });
            const location = response.headers.get('location');
            if (request.followRedirects === false || !REDIRECTS.has(response.status) || !location) {
                return { response, url };
            }
            response.discard();
            const next = new URL(location, url);
            if (hop >= MAX_REDIRECTS)
                throw this.redirectRefused(url, 'too many redirects');
            if (next.protocol !== 'https:' && next.protocol !== 'http:') {
                throw this.redirectRefused(url, `a redirect to ${next.protocol} is not followed`);
            }
            if (url.protocol === 'https:' && next.protocol === 'http:' && !(0,oci_reference/* isLoopbackHost */.cW)(next.host)) {
                throw this.redirectRefused(url, `a redirect from HTTPS to ${next.origin} is not followed`);
            }
            if (response.status === 303) {
                method = 'GET';
                body = undefined;
            }
            url = next;
        }
    }
    redirectRefused(url, why) {
        return new errors/* UserError */.yo('REGISTRY_REDIRECT_REFUSED', `The registry ${this.config.registry} redirected ${url.origin}${url.pathname}: ${why}.`);
    }
    showWarnings(response) {
        const header = response.headers.get('warning');
        if (!header)
            return;
        // RFC 7234: `299 <agent> "<text>"`, several joined by commas.
        for (const [, text] of header.matchAll(/299\s+\S+\s+"((?:[^"\\]|\\.)*)"/g)) {
            const message = text.replace(/\\(.)/g, '$1');
            if (this.warned.has(message))
                continue;
            this.warned.add(message);
            this.config.log.warning(`The registry ${this.config.registry} warns: ${message}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/oci/open.js
// The one way in: a target string (`oci://…` or `oci-layout:<dir>`) and options become a Repository.









const DEFAULT_USER_AGENT = 'publish-oci-artifact';
const MiB = 1024 * 1024;
/**
 * A repository in a registry (`oci://host[:port]/repository`; a tag or digest in it is ignored) or
 * an OCI image layout on disk (`oci-layout:<dir>`). Nothing is sent until the first operation.
 */
async function openRepository(target, options = {}) {
    const log = options.log ?? build_log/* silentLog */.aB;
    const parsed = typeof target === 'string' ? (0,oci_location/* parseLocation */.z)(target, options.workspace) : target;
    if (parsed.kind === 'layout') {
        return openLayout(parsed.directory, log);
    }
    return Promise.resolve(openRegistry(parsed, options, log));
}
function openRegistry(reference, options, log) {
    const { registry, repository } = reference;
    if (reference.lowercasedFrom) {
        log.notice(`The repository '${reference.lowercasedFrom}' was lower-cased to '${repository}': ` +
            'OCI repository names are lower-case.');
    }
    const plainHttp = (0,oci_reference/* isLoopbackHost */.cW)(registry) || options.insecure === true;
    if (plainHttp && !(0,oci_reference/* isLoopbackHost */.cW)(registry)) {
        log.warning(`Talking plain HTTP to ${registry} as asked: credentials and content are not encrypted.`);
    }
    const origin = `${plainHttp ? 'http' : 'https'}://${(0,oci_reference/* apiHost */.nz)(registry)}`;
    const policy = (0,oci_retry/* retryPolicy */.Jb)(options.retry);
    const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    const credentials = options.credentials ?? (0,oci_credentials/* dockerConfigCredentials */.D)({ log });
    let credential;
    const auth = new Authenticator({
        registry,
        origin,
        credential: () => (credential ??= credentials(registry).then((found) => {
            log.debug(found
                ? `Using credentials for ${registry} from ${found.source}.`
                : `No credentials for ${registry}: anonymous.`);
            return found;
        })),
        request: plainRequest(registry, policy, log, userAgent),
        log,
        clientId: userAgent,
    });
    const transport = new Transport({
        registry,
        origin,
        auth,
        policy,
        log,
        userAgent,
    });
    return new RegistryRepository({
        transport,
        registry,
        repository,
        policy,
        log,
        upload: {
            chunkThresholdBytes: options.upload?.chunkThresholdBytes ?? 128 * MiB,
            chunkSizeBytes: options.upload?.chunkSizeBytes ?? 32 * MiB,
        },
    });
}


/***/ }),

/***/ 6936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readBlobAtMost),
/* harmony export */   r: () => (/* binding */ readAtMost)
/* harmony export */ });
/** The blob's bytes, or `undefined` when it is larger than `limit`. */
async function readBlobAtMost(repository, digest, limit) {
    return readAtMost(await repository.getBlob(digest), limit);
}
/** All of `stream`, or `undefined` (and the stream destroyed) once it passes `limit` bytes. */
async function readAtMost(stream, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > limit) {
            stream.destroy();
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 9789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ MAX_NAME_LENGTH),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Sm: () => (/* binding */ hostName),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   d: () => (/* binding */ isValidRepository),
/* harmony export */   gr: () => (/* binding */ isDockerHub),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7035);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1766);
// Registry references: `oci://host[:port]/repository[:tag|@digest]`, parsed, validated against the
// distribution spec's grammar and normalised the way Docker and Flux name the same thing.


const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io']);
/** Docker Hub's API does not answer on `docker.io` itself. */
const DOCKER_HUB_API = 'registry-1.docker.io';
// distribution-spec: a path component is lower-case alphanumerics joined by `.`, `_`, `__` or `-`s.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const HOST_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
const HOST_PATTERN = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]{1,5})?$`);
/** Docker's limit on `<registry>/<repository>`, which registries enforce too. */
const MAX_NAME_LENGTH = 255;
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
function isValidRepository(repository) {
    return REPOSITORY_PATTERN.test(repository);
}
function invalid(url, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('REFERENCE_INVALID', `'${url}' is not a valid OCI reference: ${why}. ` +
        'Expected oci://<host>[:<port>]/<repository>[:<tag>], e.g. oci://ghcr.io/my-org/manifests.');
}
/** Whether the first path component names a registry, by Docker's rule (a dot, a port, localhost). */
function looksLikeHost(component) {
    return (component.includes('.') ||
        component.includes(':') ||
        component.startsWith('[') ||
        component === 'localhost');
}
/**
 * Parses `oci://host[:port]/repository[:tag][@sha256:…]` (the `oci://` prefix may be left out).
 * Without a host the reference is Docker Hub's, as for `docker pull`. An upper-case repository is
 * lower-cased and reported in `lowercasedFrom`.
 */
function parseReference(url) {
    const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(url);
    if (schemeMatch && schemeMatch[1].toLowerCase() !== 'oci') {
        throw invalid(url, `the scheme must be oci://, not ${schemeMatch[1]}://`);
    }
    let rest = schemeMatch ? url.slice(schemeMatch[0].length) : url;
    if (rest.trim() !== rest || rest === '')
        throw invalid(url, 'it is empty or has spaces');
    let digest;
    const at = rest.lastIndexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest)) {
            throw invalid(url, `'${digest}' is not a digest (sha256:<64 hex digits>)`);
        }
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/') && !rest.slice(lastColon).includes(']')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!isValidTag(tag)) {
            throw invalid(url, `the tag '${tag}' must match [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127} (at most 128 characters)`);
        }
    }
    const slash = rest.indexOf('/');
    let registry;
    let written;
    if (slash !== -1 && looksLikeHost(rest.slice(0, slash))) {
        registry = rest.slice(0, slash).toLowerCase();
        written = rest.slice(slash + 1);
    }
    else if (slash === -1 && looksLikeHost(rest)) {
        throw invalid(url, 'the repository is missing after the registry host');
    }
    else {
        registry = DOCKER_HUB;
        written = rest;
    }
    if (!HOST_PATTERN.test(registry)) {
        throw invalid(url, `'${registry}' is not a registry host name`);
    }
    if (DOCKER_HUB_ALIASES.has(registry)) {
        registry = DOCKER_HUB;
        if (!written.includes('/'))
            written = `library/${written}`;
    }
    const repository = written.toLowerCase();
    if (!isValidRepository(repository)) {
        throw invalid(url, `the repository '${written}' must be lower-case letters, digits and separators ` +
            "('.', '_', '__', '-') in '/'-separated components");
    }
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        throw invalid(url, `'${registry}/${repository}' is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return {
        registry,
        repository,
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
        ...(repository === written ? {} : { lowercasedFrom: written }),
    };
}
/** The host that answers the registry API for a registry name. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
function isDockerHub(registry) {
    return DOCKER_HUB_ALIASES.has(registry);
}
/** The host name without port or IPv6 brackets, lower-case. */
function hostName(host) {
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
    if (bracketed)
        return bracketed[1].toLowerCase();
    return host.replace(/:\d+$/, '').toLowerCase();
}
/** `localhost`, `127.0.0.0/8` or `::1`: traffic that never leaves the machine. */
function isLoopbackHost(host) {
    const name = hostName(host);
    return (name === 'localhost' ||
        name.endsWith('.localhost') ||
        /^127(?:\.\d{1,3}){3}$/.test(name) ||
        name === '::1');
}


/***/ }),

/***/ 4978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   R$: () => (/* binding */ retrying),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   l: () => (/* binding */ isTransientNetworkError)
/* harmony export */ });
function retryPolicy(options = {}) {
    return {
        // Eight: a publish makes about 30 requests, and at a 20% failure rate five attempts lost one
        // request in 3,000 (two of four 50-publish fault runs had a failure); eight lose one in 400,000.
        attempts: Math.max(1, options.attempts ?? 8),
        maxElapsedMs: options.maxElapsedMs ?? 120_000,
        baseDelayMs: options.baseDelayMs ?? 500,
        maxDelayMs: options.maxDelayMs ?? 30_000,
        timeoutMs: options.timeoutMs ?? 60_000,
    };
}
/** 408, 429 and server errors, except those that say the request itself can never work. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETRESET',
    // undici's: the registry client speaks node:http, but signing reaches Sigstore through fetch.
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** A connection reset, refused or timed out, anywhere in the error's cause chain. */
function isTransientNetworkError(error) {
    for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
        const { code, name, message } = e;
        if (typeof code === 'string' && TRANSIENT_CODES.has(code))
            return true;
        if (name === 'TimeoutError')
            return true;
        // undici reports a connection closed while a body streams as `TypeError: terminated`.
        if (name === 'TypeError' && message === 'terminated')
            return true;
        e = e.cause;
    }
    return false;
}
/** `Retry-After` in milliseconds, from seconds or an HTTP date; undefined when absent or invalid. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const value = header.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Equal jitter: between half and all of base·2ⁿ (capped), so clients that failed together spread out. */
function backoffMs(policy, retry) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `attempt` until `decide` finds nothing to retry, attempts run out, or the next wait would
 * pass the time budget; then returns (or throws) the last outcome as it is, so the caller can turn
 * a final error response into a precise error.
 */
async function retrying(policy, what, log, attempt, decide) {
    const started = Date.now();
    for (let n = 1;; n++) {
        let outcome;
        try {
            outcome = { value: await attempt(n) };
        }
        catch (error) {
            outcome = { error };
        }
        const decision = decide(outcome);
        if (decision) {
            const wait = Math.max(decision.afterMs ?? 0, backoffMs(policy, n - 1));
            const elapsed = Date.now() - started;
            // A server asking for a longer pause than we would ever wait gets no early retry.
            if (n < Math.min(policy.attempts, decision.maxAttempts ?? policy.attempts) &&
                wait <= policy.maxDelayMs &&
                elapsed + wait <= policy.maxElapsedMs) {
                log.info(`${what}: ${decision.reason}; retrying in ${(wait / 1000).toFixed(1)} s ` +
                    `(attempt ${n + 1} of ${Math.min(policy.attempts, decision.maxAttempts ?? policy.attempts)}).`);
                await decision.discard?.();
                await sleep(wait);
                continue;
            }
            log.debug(`${what}: ${decision.reason}; giving up after ${n} attempt(s).`);
        }
        if ('error' in outcome)
            throw outcome.error;
        return outcome.value;
    }
}


/***/ }),

/***/ 7855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ OUTPUTS),
/* harmony export */   u: () => (/* binding */ outputValues)
/* harmony export */ });
const at = (result, base) => result.digest ? `${base}@${result.digest}` : '';
const CURRENT = [
    {
        name: 'digest',
        description: 'The artifact manifest digest, `sha256:…` (empty on a dry run).',
        value: (r) => r.digest ?? '',
    },
    {
        name: 'url',
        description: 'The artifact by digest, `oci://<registry>/<repository>@sha256:…`.',
        value: (r) => at(r, r.target.url),
    },
    {
        name: 'ref',
        description: 'The artifact by digest without scheme, `<registry>/<repository>@sha256:…`, as cosign and crane take it.',
        value: (r) => at(r, r.target.name),
    },
    {
        name: 'tags',
        description: 'The tags now pointing at the artifact, one a line.',
        value: (r) => r.tags.join('\n'),
    },
    {
        name: 'pushed',
        description: '`true` when a new artifact was pushed; `false` on a dry run, when `diff-tag` found no change, or when the chart version is already published with the same content.',
        value: (r) => String(r.pushed),
    },
    {
        name: 'chart-name',
        description: 'With `artifact-type: helm-chart`: the chart name (the last part of the repository, as `helm pull` names it).',
        value: (r) => r.plan.chart?.name ?? '',
    },
    {
        name: 'chart-version',
        description: 'With `artifact-type: helm-chart`: the chart version published, as `helm pull --version` takes it (`+` kept; the tag writes it `_`).',
        value: (r) => r.plan.chart?.version ?? '',
    },
    {
        name: 'signature-tag',
        description: 'The legacy cosign signature tag (`sha256-<hex>.sig`), when signed in that format.',
        value: (r) => r.signature?.signatureTag ?? '',
    },
    {
        name: 'bundle-digest',
        description: 'The digest of the Sigstore bundle referrer, when signed in that format.',
        value: (r) => r.signature?.bundleDigest ?? '',
    },
    {
        name: 'rekor-log-index',
        description: 'The Rekor log index (or indexes, one a line) of the signature entries.',
        value: (r) => (r.signature?.rekorLogIndexes ?? []).join('\n'),
    },
    {
        name: 'plan',
        description: 'The plan as JSON: primary tag, promoted tags, each rule and why it applied or not.',
        value: (r) => JSON.stringify(r.plan),
    },
];
/** An output's first-release name, kept working for this release with the same value. */
function deprecatedName(name, current) {
    const successor = CURRENT.find((o) => o.name === current);
    return {
        name,
        description: `Deprecated: use \`${current}\` (the same value). Removed in the next major.`,
        value: (result) => successor.value(result),
    };
}
const OUTPUTS = [
    ...CURRENT,
    deprecatedName('signature', 'signature-tag'),
    deprecatedName('bundle', 'bundle-digest'),
];
/** Every output's value for this result. */
function outputValues(result) {
    return Object.fromEntries(OUTPUTS.map((o) => [o.name, o.value(result)]));
}


/***/ }),

/***/ 4358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseChartVersionTemplate),
/* harmony export */   o: () => (/* binding */ chartVersionOverrides)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7035);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6306);


/** Parses one of the two inputs; blank is undefined. */
function parseChartVersionTemplate(input, text) {
    const source = text.trim();
    if (source === '')
        return undefined;
    return (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(source, (problem) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${source}': ${problem}.`);
    });
}
function render(input, template, ctx) {
    const filled = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .fillTemplate */ .ou)(template, (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .templateValues */ .nX)(ctx), (value) => value);
    if ('missing' in filled) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `'${template.source}' cannot be filled in here: ${filled.missing}. Publish the chart from ` +
            `semver Git tags (on: push: tags), or leave '${input}' unset to publish Chart.yaml's.`);
    }
    return { value: filled.text, input };
}
/** The versions to write into the chart in this context, for `buildChart`. */
function chartVersionOverrides(input, ctx) {
    return {
        ...(input.chartVersion && { version: render('chart-version', input.chartVersion, ctx) }),
        ...(input.chartAppVersion && {
            appVersion: render('chart-app-version', input.chartAppVersion, ctx),
        }),
    };
}


/***/ }),

/***/ 2872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ GLOB_OPTIONS),
/* harmony export */   n: () => (/* binding */ parsePromoteRules)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6310);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3880);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7035);
/* harmony import */ var _tag_template_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6026);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6306);
// The `promote` input: one rule per line, `<tag template>: <condition>[, <condition>…]`. A rule
// applies when all of its conditions hold. Parsing checks everything it can (keys, globs, ranges,
// placeholders) so that a typo fails the run before anything is pushed, quoting the line.





const KEYS = ['branch', 'tag', 'event', 'semver', 'prerelease', 'highest'];
/** Options shared by parsing and matching, so that a glob that parses is a glob that matches. */
const GLOB_OPTIONS = { windows: false, dot: true, strictBrackets: true };
function parsePromoteRules(input) {
    const rules = [];
    for (const [index, raw] of input.split(/\r?\n/).entries()) {
        // `#` starts a comment at the start of a line or after a space: neither tags, branch names
        // nor semver ranges can hold ` #`.
        const text = raw.replace(/(^|\s)#.*$/, '').trim();
        if (text === '')
            continue;
        const fail = (problem) => {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('promote', `line ${index + 1} '${text}': ${problem}.`);
        };
        rules.push(parseRule(index + 1, text, fail));
    }
    return rules;
}
function parseRule(line, text, fail) {
    const colon = text.indexOf(':');
    if (colon < 0)
        fail("expected '<tag>: <condition>, …', for example 'stable: semver=*'");
    const tagText = text.slice(0, colon).trim();
    if (tagText === '')
        fail("there is no tag before ':'");
    const tag = (0,_tag_template_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTagTemplateText */ .rr)(tagText, fail);
    const conditionsText = text.slice(colon + 1).trim();
    // A rule without conditions would promote on every run, feature branches included: that
    // is far likelier a slip than a wish, and `event=*` says it explicitly.
    if (conditionsText === '')
        fail("there is no condition after ':'; to promote on every run, write 'event=*'");
    const conditions = splitConditions(conditionsText).map((c) => parseCondition(c.trim(), fail));
    return { line, text, tag, conditions };
}
/** Splits on commas outside `{…}`, `[…]` and `(…)`, which globs use for alternatives. */
function splitConditions(text) {
    const pieces = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '{' || char === '[' || char === '(')
            depth++;
        else if ((char === '}' || char === ']' || char === ')') && depth > 0)
            depth--;
        else if (char === ',' && depth === 0) {
            pieces.push(text.slice(start, i));
            start = i + 1;
        }
    }
    pieces.push(text.slice(start));
    return pieces;
}
function parseCondition(text, fail) {
    const match = /^([^=\s]*)\s*=\s*(.*)$/.exec(text);
    if (!match)
        fail(`condition '${text}' is not <key>=<value>; the keys are ${KEYS.join(', ')}`);
    const key = match[1] ?? '';
    const value = match[2] ?? '';
    if (!isKey(key))
        fail(`unknown condition key '${key}'; the keys are ${KEYS.join(', ')}`);
    if (value === '')
        fail(`condition '${text}' has no value`);
    switch (key) {
        case 'branch':
        case 'tag':
        case 'event':
            return { key, glob: parseGlob(key, value, fail) };
        case 'semver':
            return { key, range: parseRange(value, fail) };
        case 'prerelease':
        case 'highest':
            if (value !== 'true' && value !== 'false')
                fail(`'${key}=${value}': ${key} is true or false`);
            return { key, value: value === 'true' };
    }
}
function isKey(key) {
    return KEYS.includes(key);
}
function parseGlob(key, value, fail) {
    const glob = (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTemplate */ .QC)(value, fail);
    // Placeholders are filled in at match time; any word stands in for them to check the syntax.
    const skeleton = glob.parts.map((p) => ('literal' in p ? p.literal : 'x')).join('');
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_4__.makeRe(skeleton, GLOB_OPTIONS);
    }
    catch (error) {
        fail(`'${key}=${value}' is not a valid glob: ${error.message}`);
    }
    return glob;
}
function parseRange(value, fail) {
    if (value.includes('{{'))
        fail(`'semver=${value}': a semver range cannot hold placeholders`);
    try {
        return new semver__WEBPACK_IMPORTED_MODULE_0__.Range(value, { includePrerelease: true });
    }
    catch {
        return fail(`'semver=${value}' is not a semver range; write one as node-semver reads them, ` +
            "for example '*', '>=6.1.0', '^6' or '~6.1'");
    }
}


/***/ }),

/***/ 6026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O7: () => (/* binding */ parseTagTemplate),
  rr: () => (/* binding */ parseTagTemplateText),
  vY: () => (/* binding */ renderTag)
});

// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(7035);
;// CONCATENATED MODULE: ./build/rules/tag.js
// The OCI tag grammar (distribution-spec: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`) and how values that
// did not come from the user's own keyboard (branch names, Git tags) are made to fit it.
const MAX_TAG_LENGTH = 128;
const TAG_CHAR = /^[a-zA-Z0-9._-]$/;
/** What a user reads when a tag they wrote is refused. */
const TAG_GRAMMAR_HINT = "an OCI tag is 1 to 128 letters, digits, '_', '.' or '-', and does not start with '.' or '-'";
function isTagChar(char) {
    return TAG_CHAR.test(char);
}
/** Characters a tag may contain anywhere but at its start. */
function canStartTag(char) {
    return char !== '.' && char !== '-' && isTagChar(char);
}
/**
 * Maps every character a tag cannot hold to one that it can. `+` (semver build metadata) becomes
 * `_`, as Helm does for chart versions in OCI registries, so a version survives the round trip
 * (see `versionOfTag`); everything else (`/` in branch names above all) becomes `-`. Length and
 * the first character are the caller's concern: they depend on where the value lands in a tag.
 */
function sanitizeTagChars(value) {
    let out = '';
    for (const char of value)
        out += isTagChar(char) ? char : char === '+' ? '_' : '-';
    return out;
}

// EXTERNAL MODULE: ./build/rules/template.js
var rules_template = __nccwpck_require__(6306);
;// CONCATENATED MODULE: ./build/rules/tag-template.js
// Templates that produce an OCI tag. What the user wrote literally must already be valid: we do
// not publish under a name they did not write. What placeholders bring in (branch names above
// all) is made valid, and a notice says how.



/** Parses a tag template; `fail` reports problems in the words of the caller's input. */
function parseTagTemplateText(source, fail) {
    if (source === '')
        fail('the tag is empty');
    const template = (0,rules_template/* parseTemplate */.QC)(source, fail);
    let literalLength = 0;
    for (const [index, part] of template.parts.entries()) {
        if (!('literal' in part))
            continue;
        literalLength += part.literal.length;
        for (const char of part.literal)
            if (!isTagChar(char))
                fail(`${JSON.stringify(char)} cannot be part of a tag; ${TAG_GRAMMAR_HINT}`);
        if (index === 0 && !canStartTag(part.literal[0] ?? ''))
            fail(`a tag cannot start with '${part.literal[0]}'; ${TAG_GRAMMAR_HINT}`);
    }
    if (literalLength > MAX_TAG_LENGTH)
        fail(`the tag is longer than ${MAX_TAG_LENGTH} characters; ${TAG_GRAMMAR_HINT}`);
    return template;
}
/** The `tag` input: a template, or undefined when blank (the default tag then applies). */
function parseTagTemplate(text) {
    const source = text.trim();
    if (source === '')
        return undefined;
    return parseTagTemplateText(source, (problem) => {
        throw (0,errors/* inputError */.Xu)('tag', `'${source}': ${problem}.`);
    });
}
/** The tag a template names in this context, with a notice for every value that had to change. */
function renderTag(template, values) {
    const notices = [];
    const filled = (0,rules_template/* fillTemplate */.ou)(template, values, (value, placeholder) => {
        const clean = sanitizeTagChars(value);
        if (clean !== value)
            notices.push(`{{${placeholder}}} is '${value}', which an OCI tag cannot hold; ` +
                `'${template.source}' uses '${clean}' instead.`);
        return clean;
    });
    if ('missing' in filled)
        return filled;
    let tag = filled.text;
    // Literal text was checked when parsed, so an invalid start or length comes from a value.
    if (!canStartTag(tag[0] ?? '')) {
        const fixed = `_${tag.slice(1)}`;
        notices.push(`A tag cannot start with '${tag[0]}': '${tag}' is published as '${fixed}'.`);
        tag = fixed;
    }
    if (tag.length > MAX_TAG_LENGTH) {
        const cut = tag.slice(0, MAX_TAG_LENGTH);
        notices.push(`'${tag}' is longer than ${MAX_TAG_LENGTH} characters: cut to '${cut}'.`);
        tag = cut;
    }
    return { tag, notices };
}


/***/ }),

/***/ 6306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   nX: () => (/* binding */ templateValues),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _context_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6147);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1182);


const PLACEHOLDERS = [
    'sha',
    'short_sha',
    'branch',
    'tag',
    'version',
    'major',
    'minor',
    'patch',
    'run_number',
    'default_branch',
];
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
function parseTemplate(source, fail) {
    const parts = [];
    let end = 0;
    for (const match of source.matchAll(PLACEHOLDER)) {
        if (match.index > end)
            parts.push({ literal: source.slice(end, match.index) });
        const name = match[1] ?? '';
        if (!isPlaceholder(name))
            fail(`unknown placeholder {{${name}}}; the known ones are ` +
                PLACEHOLDERS.map((p) => `{{${p}}}`).join(', '));
        parts.push({ placeholder: name });
        end = match.index + match[0].length;
    }
    if (end < source.length)
        parts.push({ literal: source.slice(end) });
    for (const part of parts)
        if ('literal' in part && /\{\{|\}\}/.test(part.literal))
            fail(`'{{' and '}}' must enclose a placeholder such as {{branch}}`);
    return { source, parts };
}
function isPlaceholder(name) {
    return PLACEHOLDERS.includes(name);
}
/** What every placeholder stands for in `ctx`. */
function templateValues(ctx) {
    const refShown = (0,_context_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .refLabel */ .E3)(ctx);
    const notTag = { missing: `${refShown} is not a Git tag` };
    const version = ctx.gitTag === undefined ? undefined : (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .versionOfGitTag */ .M)(ctx.gitTag);
    const versionPart = (value) => ctx.gitTag === undefined
        ? notTag
        : version === undefined
            ? { missing: `Git tag ${ctx.gitTag} is not a semver version` }
            : { value: String(value(version)) };
    return {
        sha: { value: ctx.sha },
        short_sha: { value: ctx.shortSha },
        branch: ctx.branch ? { value: ctx.branch } : { missing: `${refShown} is not a branch` },
        tag: ctx.gitTag ? { value: ctx.gitTag } : notTag,
        version: versionPart((v) => v.text),
        major: versionPart((v) => v.semver.major),
        minor: versionPart((v) => v.semver.minor),
        patch: versionPart((v) => v.semver.patch),
        run_number: ctx.runNumber === undefined
            ? { missing: 'there is no run number outside GitHub Actions' }
            : { value: String(ctx.runNumber) },
        default_branch: ctx.defaultBranch
            ? { value: ctx.defaultBranch }
            : {
                missing: 'the default branch is not known' +
                    (ctx.eventName === 'local' ? " (set it with 'git remote set-head origin --auto')" : ''),
            },
    };
}
/**
 * Fills the template in, passing each placeholder's value through `encode` (which makes it safe
 * where it lands: a tag, a glob). The first placeholder without a value makes the whole result
 * missing, with the reason.
 */
function fillTemplate(template, values, encode) {
    let text = '';
    for (const part of template.parts) {
        if ('literal' in part) {
            text += part.literal;
            continue;
        }
        const value = values[part.placeholder];
        if ('missing' in value)
            return { missing: `{{${part.placeholder}}} has no value: ${value.missing}` };
        text += encode(value.value, part.placeholder);
    }
    return { text };
}


/***/ }),

/***/ 1182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ versionOfGitTag),
/* harmony export */   m: () => (/* binding */ versionOfTag)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3880);
// Which Git tags and registry tags are semantic versions. Both may carry a leading `v`; registry
// tags spell semver build metadata with `_` instead of `+`, which OCI tags cannot hold.

/** The semver version a Git tag names (`v6.1.0` → `6.1.0`), or undefined when it names none. */
function versionOfGitTag(tag) {
    const text = tag.startsWith('v') ? tag.slice(1) : tag;
    // node-semver itself tolerates a second `v`, `=` and surrounding spaces; a tag that needs them is
    // not a version a person would recognise as one.
    if (!/^\d/.test(text) || text !== text.trim())
        return undefined;
    try {
        return { text, semver: new semver__WEBPACK_IMPORTED_MODULE_0__.SemVer(text) };
    }
    catch {
        return undefined;
    }
}
/** The semver version a tag already in the registry names, undoing the `+` → `_` substitution. */
function versionOfTag(tag) {
    return versionOfGitTag(tag.replaceAll('_', '+'))?.semver;
}


/***/ }),

/***/ 2570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ IdentityToken),
/* harmony export */   r: () => (/* binding */ environmentIdentityToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7035);

const SIGSTORE_ID_TOKEN = 'SIGSTORE_ID_TOKEN';
/** A token in `SIGSTORE_ID_TOKEN` (a CI system's OIDC token for the `sigstore` audience). */
function environmentIdentityToken(env) {
    const token = () => env[SIGSTORE_ID_TOKEN]?.trim() ?? '';
    return {
        check() {
            if (token())
                return;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('SIGN_NO_ID_TOKEN', `Keyless signing needs an OIDC identity token, and ${SIGSTORE_ID_TOKEN} is not set. Set ` +
                `it to a token for the 'sigstore' audience from your CI system (GitLab: id_tokens with ` +
                'aud: sigstore; Buildkite, CircleCI: their OIDC token commands), or sign with a key ' +
                '(--cosign-key) instead.', { input: 'sign' });
        },
        getToken() {
            this.check();
            return Promise.resolve(token());
        },
    };
}
function claimsOf(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
        return typeof claims === 'object' && claims !== null ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The SAN Fulcio puts in the certificate for a token: for GitHub Actions tokens, the workflow
 * that runs (`https://github.com/` + `job_workflow_ref`); for other issuers, `sub`.
 */
function subjectOf(claims) {
    if (typeof claims.job_workflow_ref === 'string') {
        return `https://github.com/${claims.job_workflow_ref}`;
    }
    return typeof claims.sub === 'string' ? claims.sub : undefined;
}
/**
 * The token for `@sigstore/sign`, requested once (Fulcio gets the token whose claims were read):
 * masked the moment it exists, and checked to be a JWT with an issuer and a subject
 * (`@sigstore/sign` would put an unparsable token into its error message verbatim).
 */
class IdentityToken {
    source;
    log;
    token;
    constructor(source, log) {
        this.source = source;
        this.log = log;
    }
    async getToken() {
        return (await this.read()).token;
    }
    /** The identity the certificate will name. */
    async identity() {
        return (await this.read()).identity;
    }
    read() {
        this.token ??= this.source.getToken().then((token) => {
            this.log.setSecret(token);
            const claims = claimsOf(token);
            const subject = claims && subjectOf(claims);
            if (typeof claims?.iss !== 'string' || !subject) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('SIGN_ID_TOKEN_FAILED', 'The OIDC identity token is not a JWT with an issuer and a subject: give a token ' +
                    "issued for the 'sigstore' audience.", { input: 'sign' });
            }
            return { token, identity: { issuer: claims.iss, subject } };
        });
        return this.token;
    }
}


/***/ }),

/***/ 4153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ serviceURLProblem)
/* harmony export */ });
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9789);
// Which Sigstore service URLs signing may use. The OIDC token and the signatures travel to them, so
// plain HTTP is allowed only on loopback (private test deployments), as for registries. Shared by
// the service URL inputs (inputs.ts) and the URLs a signing config lists (signing-config.ts).

/** Why `value` may not be used as a service URL, or undefined when it may. */
function serviceURLProblem(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return `'${value}' is not a URL: give an https:// address`;
    }
    const loopbackHttp = url.protocol === 'http:' && (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .cW)(url.host);
    if (url.protocol !== 'https:' && !loopbackHttp) {
        return `'${value}' is not an https:// URL (plain HTTP only for loopback)`;
    }
    return undefined;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9816);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
