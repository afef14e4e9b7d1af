/**
 * Voice answers through the browser's own speech recognition, offered only where the browser can
 * recognise speech on the device: audio must never leave the user's machine (Atlas receives only the
 * words, as text, when the user saves). A browser that would send audio to a speech service is not
 * offered voice at all.
 */

interface RecognitionResultEvent {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>;
}

export interface OnDeviceRecognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start(): void;
  stop(): void;
}

interface RecognitionConstructor {
  new (): OnDeviceRecognition;
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<'available' | 'downloadable' | 'downloading' | 'unavailable'>;
  install?: (options: { langs: string[]; processLocally: boolean }) => Promise<boolean>;
}

function recognitionConstructor(): RecognitionConstructor | undefined {
  const scope = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
}

export type VoiceSupport = 'available' | 'downloadable' | 'unavailable';

/** Whether this browser can turn speech into text on the device, for the page's language. */
export async function onDeviceVoiceSupport(lang: string): Promise<VoiceSupport> {
  const Recognition = recognitionConstructor();
  if (!Recognition?.available) return 'unavailable';
  try {
    const status = await Recognition.available({ langs: [lang], processLocally: true });
    if (status === 'available') return 'available';
    return status === 'downloadable' || status === 'downloading' ? 'downloadable' : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Fetches the browser's on-device language pack; the browser asks nothing of Atlas. */
export async function installOnDeviceVoice(lang: string) {
  return (await recognitionConstructor()?.install?.({ langs: [lang], processLocally: true }).catch(() => false)) ?? false;
}

/** Starts on-device recognition; `onText` receives each finished phrase. Returns the stop function. */
export function listenOnDevice(options: { lang: string; onText: (text: string) => void; onEnd: (error?: string) => void }) {
  const Recognition = recognitionConstructor();
  if (!Recognition) {
    options.onEnd('This browser has no speech recognition.');
    return () => {};
  }
  const recognition = new Recognition();
  recognition.lang = options.lang;
  recognition.continuous = true;
  recognition.interimResults = false;
  // Required, not preferred: with this set the browser must not send the audio anywhere.
  recognition.processLocally = true;
  recognition.onresult = (event) => {
    for (let index = event.resultIndex; index < event.results.length; index += 1) {
      const result = event.results[index]!;
      if (result.isFinal) options.onText(result[0].transcript.trim());
    }
  };
  recognition.onerror = (event) => options.onEnd(event.error === 'not-allowed' ? 'The microphone was not allowed.' : `Speech recognition stopped (${event.error}).`);
  recognition.onend = () => options.onEnd();
  recognition.start();
  return () => recognition.stop();
}
