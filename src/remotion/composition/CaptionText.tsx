import type { CSSProperties, ReactElement } from 'react';
import type { AnimationStyle } from '#core/channel.js';
import { activeWordIndex, type CaptionWord } from '../captions.js';
import { activeWordScale, wordEntrance } from './motion.js';

/** Room either side of a word for the highlight pill, in em (both sides together). */
export const WORD_PADDING_EM = 0.24;

export interface CaptionColours {
  readonly text: string;
  /** Background of the lit word. */
  readonly highlight: string;
  /** Text colour of the lit word. */
  readonly highlightText: string;
  readonly shadow: string;
}

interface CaptionTextProps {
  readonly words: readonly CaptionWord[];
  readonly frame: number;
  readonly fps: number;
  readonly animation: AnimationStyle;
  readonly unit: number;
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly colours: CaptionColours;
}

/**
 * TikTok-style captions: every word on screen, the one being said lit on a coloured pill, those
 * still to come dimmed. `dir="auto"` lays Arabic and Hebrew out right to left.
 */
export function CaptionText(props: CaptionTextProps): ReactElement {
  const { words, frame, fps, animation, unit, colours } = props;
  const active = activeWordIndex(words, frame);
  const paragraph: CSSProperties = {
    margin: 0,
    fontFamily: props.fontFamily,
    fontWeight: 700,
    fontSize: props.fontSize,
    lineHeight: props.lineHeight,
    color: colours.text,
    textAlign: 'center',
    overflowWrap: 'anywhere',
    textShadow: `0 ${3 * unit}px ${14 * unit}px ${colours.shadow}`,
  };
  return (
    <p dir="auto" style={paragraph}>
      {words.map((word, i) => {
        const entrance = wordEntrance({ animation, frame, fps, wordIndex: i, unit });
        const lit = i === active;
        const scale = lit ? activeWordScale(frame - word.startFrame, fps) : 1;
        const style: CSSProperties = {
          display: 'inline-block',
          padding: `0 ${(WORD_PADDING_EM / 2) * props.fontSize}px`,
          borderRadius: 0.18 * props.fontSize,
          opacity: (entrance.opacity === undefined ? 1 : Number(entrance.opacity)) * (i > active ? 0.6 : 1),
          transform: `${entrance.transform ?? ''} scale(${scale})`,
          ...(lit
            ? { backgroundColor: colours.highlight, color: colours.highlightText, textShadow: 'none' }
            : {}),
        };
        const trailing = /\s$/.test(word.text);
        return (
          <span key={i}>
            <span style={style}>{word.text.trimEnd()}</span>
            {trailing ? ' ' : null}
          </span>
        );
      })}
    </p>
  );
}
