package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * Pytree registrations beyond {@code register_pytree_node}, and JAX 0.4's top-level tree functions, against the
 * outputs JAX's "JAX 101" pytrees notebook (docs/jax-101/05.1-pytrees.ipynb) and jax.tree_util's API page show.
 */
class PytreeRegistrationTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private String printed(String code) {
        CellResult result = session.runCell(code);
        result.error().ifPresent(e -> {
            throw new AssertionError(e.render());
        });
        return result.stdout();
    }

    @Test
    void registerPytreeWithKeysNamesTheChildrenInKeyPaths() {
        assertThat(printed("""
                import jax
                class Box:
                  def __init__(self, name, a, b):
                    self.name, self.a, self.b = name, a, b

                def flatten_with_keys(box):
                  return [(jax.tree_util.GetAttrKey('a'), box.a), (jax.tree_util.GetAttrKey('b'), box.b)], box.name

                def unflatten(name, children):
                  return Box(name, *children)

                jax.tree_util.register_pytree_with_keys(Box, flatten_with_keys, unflatten)
                print(jax.tree_util.tree_leaves([Box('x', 1, 2), Box('y', 3, {'k': 4})]))
                flattened, _ = jax.tree_util.tree_flatten_with_path(Box('x', 1, [2, 3]))
                for key_path, value in flattened:
                  print(f'box{jax.tree_util.keystr(key_path)}: {value}', repr(key_path))
                doubled = jax.tree.map(lambda v: v * 2, Box('z', 5, 6))
                print(doubled.name, doubled.a, doubled.b)""")).isEqualTo("""
                [1, 2, 3, 4]
                box.a: 1 (GetAttrKey(name='a'),)
                box.b[0]: 2 (GetAttrKey(name='b'), SequenceKey(idx=0))
                box.b[1]: 3 (GetAttrKey(name='b'), SequenceKey(idx=1))
                z 10 12
                """);
    }

    @Test
    void keyEntriesAreConstructibleAndPrintAsJaxs() {
        assertThat(printed("""
                import jax
                keys = (jax.tree_util.SequenceKey(0), jax.tree_util.DictKey('k'), jax.tree_util.GetAttrKey('n'),
                        jax.tree_util.FlattenedIndexKey(2))
                print(keys)
                print(jax.tree_util.keystr(keys))
                print(keys[0].idx, keys[1].key, keys[2].name)""")).isEqualTo("""
                (SequenceKey(idx=0), DictKey(key='k'), GetAttrKey(name='n'), FlattenedIndexKey(key=2))
                [0]['k'].n[<flat index 2>]
                0 k n
                """);
    }

    @Test
    void aStaticClassIsANodeWithoutLeaves() {
        assertThat(printed("""
                import jax
                from typing import NamedTuple, Any

                @jax.tree_util.register_static
                class Tag:
                  def __init__(self, text):
                    self.text = text

                class Row(NamedTuple):
                  tag: Any
                  value: Any

                print(jax.tree_util.tree_leaves([Row(Tag('a'), 1), Row(Tag('b'), 2)]))
                rebuilt = jax.tree.map(lambda v: v + 1, Row(Tag('c'), 3))
                print(rebuilt.tag.text, rebuilt.value)""")).isEqualTo("[1, 2]\nc 4\n");
    }

    @Test
    void jax101sTopLevelTreeFunctionsStillWork() {
        eval(session, "import jax\n0");
        assertThat(eval(session, "jax.tree_map(lambda x: x*2, [[1, 2, 3], [1, 2], [1, 2, 3, 4]])").repr())
                .isEqualTo("[[2, 4, 6], [2, 4], [2, 4, 6, 8]]");
        assertThat(eval(session, "jax.tree_leaves({'b': (2, 3), 'a': 2})").repr()).isEqualTo("[2, 2, 3]");
        assertThat(eval(session, """
                episode_steps = [dict(t=1, obs=3), dict(t=2, obs=4)]
                jax.tree_transpose(
                  outer_treedef = jax.tree_structure([0 for e in episode_steps]),
                  inner_treedef = jax.tree_structure(episode_steps[0]),
                  pytree_to_transpose = episode_steps
                )""").repr()).isEqualTo("{'obs': [3, 4], 't': [1, 2]}");
        assertThat(eval(session, "leaves, treedef = jax.tree_flatten((1, [2]))\njax.tree_unflatten(treedef, "
                + "[10, 20])").repr()).isEqualTo("(10, [20])");
    }
}
