;; Word and letter counting, 64 characters at a time with 128-bit SIMD, over UTF-8 text or over
;; UTF-16 code units (little-endian, as JavaScript strings hold them).
;; Memory: bytes [0, 65536) hold the class of every UTF-16 code unit (0 other, 1 space,
;; 2 letter or digit), written by the host; the text starts at byte 65536, padded with spaces
;; to a whole number of 64-unit blocks (64 bytes of UTF-8, 128 of UTF-16). `count` returns 1 when
;; the text holds `<` (the host counts it again, skipping tags), else 0 with the counts in the
;; globals `words` and `alnum`.
(module
  (memory (export "memory") 2)
  (global $words (export "words") (mut i32) (i32.const 0))
  (global $alnum (export "alnum") (mut i32) (i32.const 0))

  ;; The class of the character whose UTF-8 lead byte is at $p: 0, 1 or 2.
  (func $lead_class (param $p i32) (result i32)
    (local $b i32) (local $cp i32)
    (local.set $b (i32.load8_u (local.get $p)))
    (if (i32.lt_u (local.get $b) (i32.const 0xc0)) (then (return (i32.const 0))))
    (if (i32.ge_u (local.get $b) (i32.const 0xf0)) (then (return (i32.const 0))))
    (if (i32.lt_u (local.get $b) (i32.const 0xe0))
      (then
        (local.set $cp
          (i32.or
            (i32.shl (i32.and (local.get $b) (i32.const 0x1f)) (i32.const 6))
            (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)))))
      (else
        (local.set $cp
          (i32.or
            (i32.or
              (i32.shl (i32.and (local.get $b) (i32.const 0x0f)) (i32.const 12))
              (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)) (i32.const 6)))
            (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3f))))))
    (i32.load8_u (local.get $cp)))

  ;; $wide: 0 for UTF-8, 1 for UTF-16. UTF-16 code units are narrowed to bytes (a unit above
  ;; 0xff becomes 0xff), so both read as bytes below; a byte from 0x80 (UTF-16) or a UTF-8 lead
  ;; byte (from 0xc0) is looked up in the table.
  (func (export "count") (param $start i32) (param $end i32) (param $wide i32) (result i32)
    (local $p i32) (local $v v128) (local $k i32) (local $q i32) (local $high i32) (local $step i32)
    (local $s i64) (local $a i64) (local $hi i64) (local $lt i64) (local $bit i64)
    (local $m i64) (local $pending i64) (local $words i64) (local $alnum i64) (local $c i32)
    (local.set $pending (i64.const 1))
    (local.set $high (select (i32.const 0x80) (i32.const 0xc0) (local.get $wide)))
    (local.set $step (i32.shl (i32.const 64) (local.get $wide)))
    (local.set $p (local.get $start))
    (block $done
      (loop $block
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $s (i64.const 0))
        (local.set $a (i64.const 0))
        (local.set $hi (i64.const 0))
        (local.set $k (i32.const 0))
        (loop $chunk
          (local.set $q (i32.add (local.get $p) (i32.shl (local.get $k) (i32.add (i32.const 4) (local.get $wide)))))
          (if (local.get $wide)
            (then
              (local.set $v
                (i8x16.narrow_i16x8_u
                  (i16x8.min_u (v128.load (local.get $q)) (i16x8.splat (i32.const 0xff)))
                  (i16x8.min_u (v128.load offset=16 (local.get $q)) (i16x8.splat (i32.const 0xff))))))
            (else (local.set $v (v128.load (local.get $q)))))
          (local.set $s
            (i64.or (local.get $s)
              (i64.shl
                (i64.extend_i32_u (i8x16.bitmask (i8x16.le_u (local.get $v) (i8x16.splat (i32.const 0x20)))))
                (i64.extend_i32_u (i32.shl (local.get $k) (i32.const 4))))))
          (local.set $a
            (i64.or (local.get $a)
              (i64.shl
                (i64.extend_i32_u
                  (i8x16.bitmask
                    (v128.or
                      (i8x16.lt_u (i8x16.sub (local.get $v) (i8x16.splat (i32.const 0x30))) (i8x16.splat (i32.const 10)))
                      (i8x16.lt_u
                        (i8x16.sub (v128.or (local.get $v) (i8x16.splat (i32.const 0x20))) (i8x16.splat (i32.const 0x61)))
                        (i8x16.splat (i32.const 26))))))
                (i64.extend_i32_u (i32.shl (local.get $k) (i32.const 4))))))
          (local.set $hi
            (i64.or (local.get $hi)
              (i64.shl
                (i64.extend_i32_u (i8x16.bitmask (i8x16.ge_u (local.get $v) (i8x16.splat (local.get $high)))))
                (i64.extend_i32_u (i32.shl (local.get $k) (i32.const 4))))))
          (local.set $lt
            (i64.or (local.get $lt)
              (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x3c)))))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $chunk (i32.lt_u (local.get $k) (i32.const 4))))
        ;; Characters beyond ASCII: the class of each UTF-16 unit from 0x80, or of each UTF-8 lead
        ;; byte, looked up in the table; UTF-8 continuation bytes count as other characters.
        (block $ascii
          (loop $lead
            (br_if $ascii (i64.eqz (local.get $hi)))
            (local.set $bit (i64.ctz (local.get $hi)))
            (local.set $hi (i64.and (local.get $hi) (i64.sub (local.get $hi) (i64.const 1))))
            (local.set $c
              (if (result i32) (local.get $wide)
                (then
                  (i32.load8_u
                    (i32.load16_u (i32.add (local.get $p) (i32.shl (i32.wrap_i64 (local.get $bit)) (i32.const 1))))))
                (else (call $lead_class (i32.add (local.get $p) (i32.wrap_i64 (local.get $bit)))))))
            (if (i32.eq (local.get $c) (i32.const 1))
              (then (local.set $s (i64.or (local.get $s) (i64.shl (i64.const 1) (local.get $bit))))))
            (if (i32.eq (local.get $c) (i32.const 2))
              (then (local.set $a (i64.or (local.get $a) (i64.shl (i64.const 1) (local.get $bit))))))
            (br $lead)))
        ;; A word is the first letter or digit after a space (or the start): within each run
        ;; that a space begins, subtracting the run's start bit clears its lowest significant
        ;; bit, which is a word's first letter, or the next space when the run has none.
        (local.set $m (i64.or (local.get $a) (local.get $s)))
        (local.set $words
          (i64.add (local.get $words)
            (i64.popcnt
              (i64.and (local.get $a)
                (i64.xor
                  (i64.sub (local.get $m) (i64.or (i64.shl (local.get $s) (i64.const 1)) (local.get $pending)))
                  (i64.const -1))))))
        (local.set $alnum (i64.add (local.get $alnum) (i64.popcnt (local.get $a))))
        (if (i64.ne (local.get $m) (i64.const 0))
          (then
            (local.set $pending
              (i64.and
                (i64.shr_u (local.get $s) (i64.sub (i64.const 63) (i64.clz (local.get $m))))
                (i64.const 1)))))
        (local.set $p (i32.add (local.get $p) (local.get $step)))
        (br $block)))
    (global.set $words (i32.wrap_i64 (local.get $words)))
    (global.set $alnum (i32.wrap_i64 (local.get $alnum)))
    (i32.ne (i64.eqz (local.get $lt)) (i32.const 1)))
)
