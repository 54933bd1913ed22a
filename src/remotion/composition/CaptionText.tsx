import type { CSSProperties, ReactElement } from 'react';
import { splitWhiteSpace } from '#core/caption-pieces.js';
import type { AnimationStyle } from '#core/channel.js';
import { activeWordIndex, type CaptionWord } from '../captions.js';
import { activeWordScale, wordEntrance } from './motion.js';

/**
 * How far the highlight pill reaches past a word, in em (both sides together). The pill is drawn
 * as a shadow, outside the word's box, so it never moves a character: the text fit keeps room for
 * it instead.
 */
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
  /** The role's weight (the template's; bold without one). */
  readonly fontWeight?: number;
  readonly textAlign?: 'left' | 'center' | 'right';
  readonly lineHeight: number;
  readonly colours: CaptionColours;
  /** False for a template's `plain` caption style: no word is lit or dimmed, all read alike. */
  readonly lightSpokenWord?: boolean;
}

/**
 * TikTok-style captions: every word on screen, the one being said lit on a coloured pill, those
 * still to come dimmed. `dir="auto"` lays Arabic and Hebrew out right to left.
 *
 * The characters are exactly the script's: each piece's white space stays as written, outside its
 * box, and nothing (padding, margin, a joining space) is put between pieces, so "#1:" or
 * "心を落ち着かせる" reads as written while its words light one by one.
 */
export function CaptionText(props: CaptionTextProps): ReactElement {
  const { words, frame, fps, animation, unit, colours } = props;
  const lighting = props.lightSpokenWord !== false;
  const active = lighting ? activeWordIndex(words, frame) : -1;
  const paragraph: CSSProperties = {
    margin: 0,
    fontFamily: props.fontFamily,
    fontWeight: props.fontWeight ?? 700,
    fontSize: props.fontSize,
    lineHeight: props.lineHeight,
    color: colours.text,
    textAlign: props.textAlign ?? 'center',
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
          borderRadius: 0.18 * props.fontSize,
          opacity:
            (entrance.opacity === undefined ? 1 : Number(entrance.opacity)) *
            (lighting && i > active ? 0.6 : 1),
          transform: `${entrance.transform ?? ''} scale(${scale})`,
          ...(lit
            ? {
                backgroundColor: colours.highlight,
                boxShadow: `0 0 0 ${(WORD_PADDING_EM / 2) * props.fontSize}px ${colours.highlight}`,
                color: colours.highlightText,
                textShadow: 'none',
              }
            : {}),
        };
        const { before, visible, after } = splitWhiteSpace(word.text);
        return (
          <span key={i}>
            {before}
            {visible === '' ? null : <span style={style}>{visible}</span>}
            {after}
          </span>
        );
      })}
    </p>
  );
}
