from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_procedures.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_procedure = missing
    pass
    def macro(l_1_kind, l_1_c):
        t_1 = []
        l_1__ = resolve('_')
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        if (l_1_kind == 'social'):
            pass
            t_1.extend((
                '1. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Acknowledge in public quickly, on the thread where the customer wrote, so everyone sees we answer.'))),
                '\n2. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Move account details to a private message: never ask for booking numbers, card details or addresses in public.'))),
                '\n3. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Solve it in private, following the contact sequence.'))),
                '\n4. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Close the loop in public on the original thread ("Glad we could sort this out"), without details of the remedy.'))),
                '\n5. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Hide or delete public comments that expose personal data, and tell the customer why.'))),
                '\n',
            ))
        elif (l_1_kind == 'private'):
            pass
            t_1.extend((
                '1. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Greet the customer by name and confirm what they need in one line.'))),
                '\n2. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Verify identity before discussing an account; never ask for full card numbers.'))),
                '\n3. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Solve it in the conversation where possible; if it needs more time, say when you will be back and keep the thread open.'))),
                '\n4. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Before closing, check the customer has everything they need.'))),
                '\n',
            ))
        elif (l_1_kind == 'email'):
            pass
            t_1.extend((
                '1. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Reply in the existing thread, with a subject line that still says what the case is.'))),
                '\n2. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Answer every question in the message; use short paragraphs and lists.'))),
                '\n3. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Never ask for full card numbers by email; offer a call for payments.'))),
                '\n4. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'If the answer will take longer than the reply time, send a short holding reply with a time estimate.'))),
                '\n',
            ))
        elif (l_1_kind == 'phone'):
            pass
            t_1.extend((
                '1. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), "Answer with the business's name and your own name."))),
                '\n2. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Take a call-back number early, in case the line drops.'))),
                '\n3. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Do not transfer blind: if someone else must help, brief them first and introduce the customer.'))),
                '\n4. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Summarise what will happen next and by when before hanging up.'))),
                '\n',
            ))
        elif (l_1_kind == 'reviews'):
            pass
            t_1.extend((
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Follow [responding to reviews](reviews.md).'))),
                '\n',
            ))
        elif (l_1_kind == 'in-person'):
            pass
            t_1.extend((
                '1. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Greet the customer straight away, even if you are busy: "I\'ll be right with you."'))),
                '\n2. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Listen without interrupting, then confirm what you heard.'))),
                '\n3. ',
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Record anything that needs follow-up in the [incident log](incident-log.md).'))),
                '\n',
            ))
        else:
            pass
            t_1.extend((
                escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Follow the contact sequence in the [playbook](index.md#sequence).'))),
                '\n',
            ))
        return concat(t_1)
    context.exported_vars.add('procedure')
    context.vars['procedure'] = l_0_procedure = Macro(environment, macro, 'procedure', ('kind', 'c'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=12&3=20&4=24&5=26&6=28&7=30&8=32&9=35&10=39&11=41&12=43&13=45&14=48&15=52&16=54&17=56&18=58&19=61&20=65&21=67&22=69&23=71&24=74&25=77&26=80&27=84&28=86&29=88&31=94'
# staff/_procedures.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
