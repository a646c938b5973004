/**
 * The video (`../shared/domain/kipp.md` §2.8): a link where the edition asks for one, and for
 * 2025 at most 5 minutes, at least 720p, freely accessible, in Bahasa Indonesia or subtitled.
 * The core never fetches the link: it checks what the innovator states in `video`. What the video
 * must show (2025: the idea, its implementation and impact, beneficiaries' testimony; no
 * commercial promotion) is for a person to judge: those rules come back as one info finding that
 * lists them, for human review, and never change the outcome.
 *
 * @module
 */
import * as z from 'zod/mini';
import { withMeta } from '../../shared/zod.js';
import type { Finding } from '../../shared/finding.js';
import { LocalizedTextSchema } from '../../shared/i18n.js';
import { readinessMessages as m } from '../messages.js';
import type { ReadinessRuleKind, RuleEvaluation } from '../types.js';
import { readSlot, ruleTools } from './common.js';

/** What an edition requires of the video. */
export const VideoRequirementsSchema = withMeta(
  z.strictObject({
    required: z.boolean(),
    maxDurationSeconds: z.optional(z.int().check(z.minimum(1))),
    minHeightPixels: z.optional(z.int().check(z.minimum(1))),
    publiclyAccessible: z.optional(z.boolean()),
    language: withMeta(z.optional(z.string().check(z.minLength(2))), {
      description: 'Spoken language expected; any other needs subtitles.',
    }),
    content: withMeta(z.optional(z.array(LocalizedTextSchema).check(z.minLength(1))), {
      description:
        'What the video must show or avoid (testimony, no commercial promotion…). No program can judge it: each item is listed in an info finding for a person to check by watching.',
    }),
  }),
  { id: 'VideoRequirements' },
);

const URL = /^https?:\/\/[^\s/?#.]+(?:\.[^\s/?#.]+)+(?:[/?#]\S*)?$/i;

function minutes(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Rule kind `readiness.video`. */
export const videoKind: ReadinessRuleKind = {
  kind: 'readiness.video',
  domain: 'readiness',
  title: { id: 'Video inovasi', en: 'Innovation video' },
  slots: {
    requirements: {
      schema: VideoRequirementsSchema,
      required: true,
      description: { id: 'Ketentuan video', en: 'Video requirements' },
    },
  },
  compile({ evaluation, rule }) {
    const t = ruleTools(rule);
    const read = readSlot(evaluation, rule, 'requirements', VideoRequirementsSchema);
    if (read.status !== 'known') {
      const unknown =
        read.status === 'unknown'
          ? t.unknown(read.missing, read.basis, 'videoUrl')
          : t.result('not-applicable', m['KIPP.VIDEO.NONE']());
      return { proposal: () => unknown };
    }
    const req = read.value;
    const basis = [read.basis];
    const f = (input: Parameters<typeof t.finding>[0]): Finding => t.finding({ ...input, basis });
    const missing = f({
      code: 'KIPP.VIDEO.MISSING',
      path: 'videoUrl',
      message: m['KIPP.VIDEO.MISSING'](),
      fix: m['KIPP.VIDEO.MISSING.FIX'](),
    });
    const notRequired = t.result('not-applicable', m['KIPP.VIDEO.NOT_REQUIRED']());
    const contentReview =
      req.content === undefined
        ? undefined
        : f({
            code: 'KIPP.VIDEO.CONTENT_REVIEW',
            severity: 'info',
            path: 'videoUrl',
            message: m['KIPP.VIDEO.CONTENT_REVIEW']({ items: req.content }),
            expected: { content: req.content.map((item) => item.en) },
            fix: m['KIPP.VIDEO.CONTENT_REVIEW.FIX'](),
          });
    // The findings about what a proposal does not say depend only on the rule: made once.
    const durationUnknown =
      req.maxDurationSeconds === undefined
        ? undefined
        : f({
            code: 'KIPP.VIDEO.DURATION_UNKNOWN',
            severity: 'warning',
            path: 'video.durationSeconds',
            message: m['KIPP.VIDEO.DURATION_UNKNOWN']({ max: minutes(req.maxDurationSeconds) }),
            fix: m['KIPP.VIDEO.STATE.FIX']({ field: 'video.durationSeconds' }),
          });
    const resolutionUnknown =
      req.minHeightPixels === undefined
        ? undefined
        : f({
            code: 'KIPP.VIDEO.RESOLUTION_UNKNOWN',
            severity: 'warning',
            path: 'video.heightPixels',
            message: m['KIPP.VIDEO.RESOLUTION_UNKNOWN']({ min: req.minHeightPixels }),
            fix: m['KIPP.VIDEO.STATE.FIX']({ field: 'video.heightPixels' }),
          });
    const accessUnknown = f({
      code: 'KIPP.VIDEO.ACCESS_UNKNOWN',
      severity: 'warning',
      path: 'video.publiclyAccessible',
      message: m['KIPP.VIDEO.ACCESS_UNKNOWN'](),
      fix: m['KIPP.VIDEO.STATE.FIX']({ field: 'video.publiclyAccessible' }),
    });
    const outcomeTexts = {
      pass: m['KIPP.VIDEO.OUTCOME.pass'](),
      fail: m['KIPP.VIDEO.OUTCOME.fail'](),
      indeterminate: m['KIPP.VIDEO.OUTCOME.indeterminate'](),
    };
    return {
      proposal(proposal): RuleEvaluation {
        const url = proposal.videoUrl?.trim();
        if (url === undefined || url === '') {
          return req.required
            ? t.result('fail', missing.message, [missing], { basis })
            : notRequired;
        }
        const findings: Finding[] = [];
        const state = { errors: false, unknown: false };
        const fail = (finding: Finding): void => {
          findings.push(finding);
          if (finding.severity === 'error') state.errors = true;
        };
        const unsure = (finding: Finding): void => {
          findings.push(finding);
          state.unknown = true;
        };
        if (!URL.test(url)) {
          fail(
            f({
              code: 'KIPP.VIDEO.URL_INVALID',
              path: 'videoUrl',
              message: m['KIPP.VIDEO.URL_INVALID']({ url: url.slice(0, 200) }),
              observed: url.slice(0, 200),
              fix: m['KIPP.VIDEO.URL_INVALID.FIX'](),
            }),
          );
        }
        const video = proposal.video ?? {};
        if (req.maxDurationSeconds !== undefined && durationUnknown) {
          if (video.durationSeconds === undefined) {
            unsure(durationUnknown);
          } else if (video.durationSeconds > req.maxDurationSeconds) {
            fail(
              f({
                code: 'KIPP.VIDEO.TOO_LONG',
                path: 'video.durationSeconds',
                message: m['KIPP.VIDEO.TOO_LONG']({
                  duration: minutes(video.durationSeconds),
                  max: minutes(req.maxDurationSeconds),
                }),
                observed: video.durationSeconds,
                expected: { maxSeconds: req.maxDurationSeconds },
                fix: m['KIPP.VIDEO.TOO_LONG.FIX']({
                  cut: Math.ceil(video.durationSeconds - req.maxDurationSeconds),
                }),
              }),
            );
          }
        }
        if (req.minHeightPixels !== undefined && resolutionUnknown) {
          if (video.heightPixels === undefined) {
            unsure(resolutionUnknown);
          } else if (video.heightPixels < req.minHeightPixels) {
            fail(
              f({
                code: 'KIPP.VIDEO.RESOLUTION',
                path: 'video.heightPixels',
                message: m['KIPP.VIDEO.RESOLUTION']({
                  height: video.heightPixels,
                  min: req.minHeightPixels,
                }),
                observed: video.heightPixels,
                expected: { minHeightPixels: req.minHeightPixels },
                fix: m['KIPP.VIDEO.RESOLUTION.FIX']({ min: req.minHeightPixels }),
              }),
            );
          }
        }
        if (req.publiclyAccessible === true) {
          if (video.publiclyAccessible === undefined) {
            unsure(accessUnknown);
          } else if (!video.publiclyAccessible) {
            fail(
              f({
                code: 'KIPP.VIDEO.NOT_ACCESSIBLE',
                path: 'video.publiclyAccessible',
                message: m['KIPP.VIDEO.NOT_ACCESSIBLE'](),
                observed: false,
                expected: true,
                fix: m['KIPP.VIDEO.NOT_ACCESSIBLE.FIX'](),
              }),
            );
          }
        }
        if (
          req.language !== undefined &&
          video.language !== undefined &&
          video.language.toLowerCase() !== req.language &&
          video.subtitles !== true
        ) {
          fail(
            f({
              code: 'KIPP.VIDEO.SUBTITLES',
              path: 'video.subtitles',
              message: m['KIPP.VIDEO.SUBTITLES']({ language: video.language }),
              observed: { language: video.language, subtitles: video.subtitles ?? false },
              expected: { language: req.language, orSubtitles: true },
              fix: m['KIPP.VIDEO.SUBTITLES.FIX'](),
            }),
          );
        }
        if (contentReview) findings.push(contentReview);
        const outcome = state.errors ? 'fail' : state.unknown ? 'indeterminate' : 'pass';
        // Only what the proposal gives, in this order (no object spread per proposal).
        const observed: Record<string, unknown> = { videoUrl: url.slice(0, 200) };
        if (video.durationSeconds !== undefined) observed.durationSeconds = video.durationSeconds;
        if (video.heightPixels !== undefined) observed.heightPixels = video.heightPixels;
        if (video.publiclyAccessible !== undefined)
          observed.publiclyAccessible = video.publiclyAccessible;
        if (video.language !== undefined) observed.language = video.language;
        if (video.subtitles !== undefined) observed.subtitles = video.subtitles;
        return t.result(outcome, outcomeTexts[outcome], findings, {
          observed,
          expected: req,
          basis,
        });
      },
    };
  },
};
