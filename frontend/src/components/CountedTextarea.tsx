import { Text, Textarea, type TextareaProps } from '@mantine/core';
import type { Ref } from 'react';

interface Props extends Omit<TextareaProps, 'inputContainer' | 'inputWrapperOrder'> {
  /** The characters used, as the reader reads it: "120 / 4000 characters". */
  counter: string;
  /** Past the limit: the counter turns red. */
  over?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A growing textarea with the characters used under it. */
export function CountedTextarea({ counter, over = false, ...props }: Props) {
  return (
    <Textarea
      autosize
      {...props}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
      // The counter is read after the field, not at every keystroke.
      inputContainer={(children) => (
        <>
          {children}
          <Text size="xs" c={over ? 'red.8' : 'dimmed'} ta="right" mt={4} aria-hidden>
            {counter}
          </Text>
        </>
      )}
    />
  );
}
